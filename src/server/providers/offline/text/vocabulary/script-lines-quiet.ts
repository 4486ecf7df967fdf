import type { LineBook } from "./script-beats";

/**
 * The quieter registers' lines, beat by beat. Slots: {hook}/{Hook} (what the episode is about),
 * {other} (the first name of whoever is spoken to), {place}, {prop} (the thing on the table),
 * {greeting} ("Good evening"), {hello} ("Evening"), {partOfDay} ("evening"). A line with
 * {other} is only used when someone is there to hear it.
 */
export const quietLines: Pick<
  LineBook,
  "terse" | "formal" | "dry" | "menacing" | "gentle" | "slow"
> = {
  terse: {
    notice: ["{Hook}. Again.", "That's new.", "Not tonight. Not now."],
    greet: ["{other}. We need to talk.", "Thought I'd find you here.", "Door was open."],
    deflect: ["It's nothing.", "Not your business.", "Leave it."],
    press: ["Where did you get {prop}?", "Who else knows?", "Answer me, {other}."],
    admit: ["It's {hook}. It's back.", "I saw it. Once.", "Three nights running."],
    respond: ["Since when?", "You kept that quiet.", "Show me."],
    turn: ["Down. Now.", "Stay behind me.", "Don't move."],
    resolve: ["We go tonight.", "Nobody talks.", "Get your coat."],
    button: ["It knows.", "Too late.", "Lock it."],
  },
  formal: {
    notice: [
      "I was under the impression that {hook} was a story for children.",
      "How very peculiar. {Hook} has never done that before.",
      "That, I'm afraid, is not where I left it.",
    ],
    greet: [
      "{greeting}, {other}. Forgive the intrusion.",
      "{other}. I rather hoped I would find you here.",
      "I did knock. Twice, in fact.",
    ],
    deflect: [
      "I would rather not discuss it, if it's all the same to you.",
      "There is a perfectly reasonable explanation, and I intend to find it.",
      "Forgive me, but that is a private matter.",
    ],
    press: [
      "With respect, you have avoided the question all week.",
      "Then perhaps you could explain {prop}.",
      "I must insist, {other}. What exactly did you see?",
    ],
    admit: [
      "Very well. {Hook} has been here before, and I was the one who kept it quiet.",
      "I have reason to believe {hook} is not what we were told.",
      "I made a note of it at the time. Nobody ever read the note.",
    ],
    respond: [
      "And you saw fit to tell no one?",
      "That is a remarkable thing to have kept to yourself.",
      "I see. And how long have you known?",
    ],
    turn: [
      "Remain perfectly still, if you would.",
      "That was not the wind.",
      "I suggest we lower our voices.",
    ],
    resolve: [
      "We shall need a lamp, a witness and a great deal of nerve.",
      "First thing tomorrow, we put all of this in writing.",
      "Then we proceed, carefully, and together.",
    ],
    button: [
      "How extraordinarily inconvenient.",
      "I believe it heard us.",
      "Well. That settles it.",
    ],
  },
  dry: {
    notice: [
      "Well. That's not ideal.",
      "Oh good. {Hook}. Just what the week needed.",
      "And here I was, worried it would be boring.",
    ],
    greet: [
      "{other}. Don't get up. Clearly you won't.",
      "Oh good, you're brooding. I'll wait.",
      "I brought snacks. Kidding. I brought questions.",
    ],
    deflect: [
      "I'm fine. This is my fine face.",
      "It's a hobby. Some people knit.",
      "Nothing. I often stand in the dark staring at things.",
    ],
    press: [
      "So we're just going to ignore {prop}, then.",
      "Go on. Lie to me, I enjoy it.",
      "You have the look of someone about to ruin my {partOfDay}.",
    ],
    admit: [
      "It's {hook}. I'd say I'm surprised, but I'd be lying.",
      "I've seen it before. I didn't enjoy it then either.",
      "Short version: {hook} is real, and it's annoyed.",
    ],
    respond: [
      "Great. Love that for us.",
      "And you mention this now. Lovely timing.",
      "Brilliant. Anything else? A dragon, perhaps?",
    ],
    turn: [
      "Ah. There it is.",
      "That'll be the end of the quiet {partOfDay}, then.",
      "Lovely. Screaming. Very helpful.",
    ],
    resolve: [
      "Fine. But if this goes wrong, I'm blaming you.",
      "Let's go and make it worse.",
      "Somebody get a torch. And a better plan.",
    ],
    button: ["I'd like to go back to bed now.", "Nailed it.", "Well. We tried."],
  },
  menacing: {
    notice: ["There you are.", "So. {Hook} came back after all.", "Nobody touches this. Nobody."],
    greet: ["Sit down, {other}.", "You shouldn't be here, {other}.", "Don't turn round. Not yet."],
    deflect: [
      "Some questions cost more than you can pay.",
      "Let it lie.",
      "You don't want that answer.",
    ],
    press: [
      "You're going to tell me about {prop}. Take your time. I have all night.",
      "Who sent you, {other}?",
      "Think carefully before you answer me.",
    ],
    admit: [
      "I buried {hook} once. It didn't stay buried.",
      "I know what {hook} is. I've always known.",
      "Everyone here owes {hook} something. Even you.",
    ],
    respond: [
      "You should have told me.",
      "Then you've been lying to all of us.",
      "That changes things.",
    ],
    turn: ["Quiet.", "Don't. Move.", "Listen to that."],
    resolve: [
      "Then we finish it tonight.",
      "We do this properly, or not at all.",
      "Bring the light. Leave the hope.",
    ],
    button: ["Now it begins.", "It's awake.", "Run, if you like."],
  },
  gentle: {
    notice: [
      "Oh. Oh, look.",
      "Is that {hook}? It's beautiful, in a way.",
      "Shh. Don't frighten it.",
    ],
    greet: [
      "Hello, {other}. I saw the light on.",
      "I hope I'm not intruding.",
      "Oh. I'm glad it's you, {other}.",
    ],
    deflect: ["I'd rather not say. Not yet.", "It's only a feeling.", "Maybe it's nothing."],
    press: [
      "Please, {other}. I need to know.",
      "Where did {prop} come from?",
      "You can tell me. I won't be angry.",
    ],
    admit: [
      "I think {hook} has been trying to tell us something.",
      "I've been coming here every {partOfDay} to watch it.",
      "I heard {hook} call my name.",
    ],
    respond: [
      "Why didn't you tell me?",
      "You must have been so frightened.",
      "Then it's not just me.",
    ],
    turn: ["Did you feel that?", "Stay very still.", "It's getting closer."],
    resolve: ["We should go together.", "Let's find out. Quietly.", "Hold my hand. Just in case."],
    button: ["It's looking at us.", "I knew it.", "Oh."],
  },
  slow: {
    notice: [
      "Huh. Would you look at that.",
      "Thirty years, and I've never seen it do that.",
      "Right. That's new, then.",
    ],
    greet: [
      "{hello}, {other}.",
      "Saw your light from the road, {other}.",
      "Thought I'd find you up.",
    ],
    deflect: [
      "It'll keep till morning.",
      "Seen worse. Probably.",
      "Leave it be. It's not going anywhere.",
    ],
    press: [
      "You'd best tell me about {prop}, {other}.",
      "Go on, then. Out with it.",
      "Something's eating at you. Has been all week.",
    ],
    admit: [
      "I've seen {hook} before. Long time ago. Didn't end well.",
      "My father warned me about {hook}. I didn't listen either.",
      "It's {hook}. Always was.",
    ],
    respond: [
      "Should've said something.",
      "Well. That explains a few things.",
      "Long time to carry that.",
    ],
    turn: ["There it is.", "Hold on. Hear that?", "Well. That's torn it."],
    resolve: [
      "Fetch the lamp. We'll take a look.",
      "Come on, then. Slowly.",
      "One thing at a time. First, that door.",
    ],
    button: ["Should've stayed in bed.", "Here we go again.", "Knew it."],
  },
};
