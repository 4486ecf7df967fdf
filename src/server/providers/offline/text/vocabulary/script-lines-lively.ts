import type { LineBook } from "./script-beats";

/** The livelier registers' lines; the slots are those of script-lines-quiet.ts. */
export const livelyLines: Pick<LineBook, "slangy" | "nervous" | "warm" | "loud" | "playful"> = {
  slangy: {
    notice: [
      "Oh, you gotta be kidding me.",
      "Nah. Nah, that ain't right.",
      "Would you look at that mess.",
    ],
    greet: [
      "Yo, {other}. Figured you'd be here.",
      "Don't shoot, it's me.",
      "{other}! You're gonna want to hear this.",
    ],
    deflect: ["Relax, I got it handled.", "Ain't nothing, forget it.", "Who's asking?"],
    press: [
      "Don't play dumb with me, {other}.",
      "So where'd {prop} come from, huh?",
      "Come on, spill it.",
    ],
    admit: [
      "Fine. It's {hook}, alright? Been messing with me all week.",
      "Swear on my mother, I saw {hook} move.",
      "Everybody's been lying about {hook}, and I got proof.",
    ],
    respond: [
      "You're kidding me. You been sitting on this?",
      "Since when, genius?",
      "Oh, that's just perfect.",
    ],
    turn: ["What the heck was that?", "Get down, get down!", "Oh, that's bad. That's real bad."],
    resolve: [
      "Alright. We do this my way.",
      "Grab your stuff, we're going.",
      "Nobody breathes a word, got it?",
    ],
    button: ["Well, that's just great.", "Told ya.", "Yeah. We're gonna need a bigger plan."],
  },
  nervous: {
    notice: [
      "Is that... no. Please, no. That's {hook}, isn't it?",
      "Okay. Okay, that's fine, that's totally normal. That is not normal.",
      "Did {hook} just move? Tell me it didn't just move.",
    ],
    greet: [
      "{other}! There you are. I've been looking everywhere. Everywhere!",
      "You're here. Good. Great. Is it safe? It's safe, right?",
      "Sorry, sorry, I didn't mean to barge in.",
    ],
    deflect: [
      "I wasn't... I was just checking something. Nothing. Checking nothing.",
      "It's fine! Everything's fine. Why are you looking at me like that?",
      "I can explain. Probably. Give me a minute.",
    ],
    press: [
      "You found {prop} too, didn't you? Please say you found it too.",
      "Wait, wait. Who else has seen this?",
      "{other}, you're doing the face. Why are you doing the face?",
    ],
    admit: [
      "I think {hook} followed me home. I'm not joking. I wish I was joking.",
      "I've been writing it down. Every time. There are a lot of times.",
      "It's {hook}. It's always been {hook}, and I didn't tell anyone.",
    ],
    respond: [
      "Wait, what? Since when? How long is since when?",
      "Okay. Okay, that's a lot. That's a lot of information.",
      "You're joking. Please be joking.",
    ],
    turn: [
      "What was that? You heard that. Tell me you heard that.",
      "Okay, we should leave. We should definitely leave.",
      "Oh no. Oh no, it's happening.",
    ],
    resolve: [
      "Right. A plan. We need a plan. Do we have a plan?",
      "If we're doing this, I'm holding the torch.",
      "Fine, but I'm going second. Or last. Last is good.",
    ],
    button: ["I really, really hate this.", "That can't be good. Can it?", "Can we go home now?"],
  },
  warm: {
    notice: [
      "Oh, sweetheart. Look what {hook} has done now.",
      "Well now, there's something you don't see every day.",
      "Hello, you. Where have you been hiding?",
    ],
    greet: [
      "Only me, {other}! I brought soup.",
      "There you are, {other}. I've been worried sick.",
      "{other}, love, sit. You look like you've seen a ghost.",
    ],
    deflect: [
      "Oh, it's nothing a cup of tea won't sort.",
      "Don't you worry about that just now.",
      "Let's not spoil a lovely {partOfDay} with all that.",
    ],
    press: [
      "I know that look, {other}. What's happened?",
      "You can tell me. You always could.",
      "Where did you find {prop}, darling?",
    ],
    admit: [
      "I've known about {hook} for years. I hoped it would simply go away.",
      "My grandmother saw {hook} once. She never spoke of it again.",
      "{Hook} has been singing to me at night. I thought I was dreaming.",
    ],
    respond: [
      "Oh, love. Why didn't you say?",
      "You poor thing. All this time?",
      "Well, you're not carrying it alone any more.",
    ],
    turn: ["Stay close to me now.", "Hush. Listen.", "Oh, my word."],
    resolve: [
      "We'll face it together, the way we always have.",
      "Put your coat on. We're going to have a look.",
      "First we eat, then we find out.",
    ],
    button: ["Well. That's new.", "Goodness me.", "I think it likes us."],
  },
  loud: {
    notice: [
      "Whoa! Everybody, come and look at this!",
      "No way! {Hook}! Right here!",
      "Okay, this is the best worst thing that's ever happened!",
    ],
    greet: [
      "{other}! Finally! Where have you been?",
      "There you are! You are not going to believe this!",
      "Hey! Hey, over here!",
    ],
    deflect: [
      "What? Me? I didn't touch anything!",
      "It was like that when I got here!",
      "Totally under control! Mostly!",
    ],
    press: [
      "Come on, {other}, out with it!",
      "You found {prop}? And you didn't tell me?",
      "Who else knows? Everybody? Nobody?",
    ],
    admit: [
      "Okay, fine! It's {hook}! It's been {hook} the whole time!",
      "I saw it! With my own eyes! Twice!",
      "I might have told the whole of {place}. By accident.",
    ],
    respond: [
      "What?! And you didn't tell me?",
      "That is the biggest secret ever!",
      "Since when?! Since forever?!",
    ],
    turn: ["Run!", "Did everyone just hear that?", "Okay! New plan!"],
    resolve: [
      "Let's go! Right now! Before anyone stops us!",
      "Team meeting! Everybody grab something heavy!",
      "We are so doing this!",
    ],
    button: ["Best day ever!", "Nobody panic!", "I'm going to need a bigger notebook!"],
  },
  playful: {
    notice: [
      "Ooh, somebody's been busy.",
      "Well, well. Look who came out to play.",
      "Knock knock, {hook}. Anybody home?",
    ],
    greet: [
      "Guess who's late again, {other}?",
      "Ta-da! Bet you thought I'd gone home.",
      "Ooh, {other}, you'll love this. Or hate it. One of those.",
    ],
    deflect: [
      "That's for me to know and you to find out.",
      "Who, me? I'm just admiring the view.",
      "Secret. Top secret. Sorry.",
    ],
    press: [
      "Come on, {other}. I can tell you're hiding something.",
      "Ooh, what's {prop}? Can I see? Can I?",
      "You're a terrible liar. It's adorable.",
    ],
    admit: [
      "Okay, promise not to laugh. {Hook} winked at me.",
      "I may have been following {hook}. For a week. Just a teeny bit.",
      "Guess what {hook} did today. Go on, guess.",
    ],
    respond: ["Ooh, a secret! I knew it!", "You sneaky thing.", "And you didn't invite me? Rude."],
    turn: ["Uh-oh.", "Eek!", "Ooh, that's not good, is it?"],
    resolve: [
      "Last one there's a rotten egg!",
      "Adventure time! Sort of.",
      "Follow me, and try to keep up.",
    ],
    button: ["Told you it'd be fun.", "Tag. You're it.", "Ooh, it's getting interesting."],
  },
};
