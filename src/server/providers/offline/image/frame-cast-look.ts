import type { Blueprint, Dossier } from "../../../shows/documents";
import type { FrameCastMember } from "../../types";
import type { Avatar, AvatarStyleName } from "./avatar";
import { characterAvatar } from "./character-avatar";
import type { CharacterTraits } from "./character-traits";
import type { MediumLook } from "./medium-look";

/** A character as the storyboard draws them: the avatar of their portrait and what it wears. */
export interface CastLook {
  avatar: Avatar;
  style: AvatarStyleName;
  traits: CharacterTraits;
  hair: string;
  clothing: string;
  /** The show's medium look, which the whole frame is finished in. */
  medium: MediumLook;
}

/**
 * The avatar the character's offline portrait draws (character-avatar.ts: the same dossier,
 * place in the cast and show give the same figure), so a character looks like themself from
 * portrait to storyboard. A character with no dossier yet is drawn from their name alone.
 */
export function castLookFor(blueprint: Blueprint, member: FrameCastMember): CastLook {
  const drawn = characterAvatar(
    blueprint,
    member.dossier ?? unwritten(member.name),
    member.position,
  );
  return {
    avatar: { svg: drawn.svg, skin: drawn.skin },
    style: drawn.style,
    traits: drawn.traits,
    hair: drawn.colors.hair,
    clothing: drawn.colors.clothing,
    medium: drawn.look,
  };
}

function unwritten(name: string): Dossier {
  return {
    name,
    role: "",
    age: "",
    pronouns: "",
    appearance: "",
    wardrobe: "",
    personality: [],
    backstory: "",
    motivation: "",
    flaw: "",
    voice: "",
    relationships: [],
    portraitGuidance: "",
    showcaseScene: "",
  };
}
