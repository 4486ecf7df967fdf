import type { ReactNode } from "react";
import type { ShowDetail } from "@/lib/client/types";
import { StoryboardSection } from "../storyboard/storyboard-section";
import { ArtworkSection } from "./artwork-section";
import { BlueprintSection } from "./blueprint-section";
import { CastSection } from "./cast-section";
import { CharacterVideosSection } from "./character-videos-section";
import { EpisodesSection } from "./episodes-section";
import type { SectionSkeletonShape } from "./section-skeleton";
import { SpendSection } from "./spend-section";
import { TrailerSection } from "./trailer-section";

/** What every section is given: the show as the console knows it, and how to replace it. */
export interface ConsoleSectionProps {
  show: ShowDetail;
  onChange: (show: ShowDetail) => void;
}

export interface ConsoleSectionEntry {
  /** The anchor (`#cast`) and the section element's id. */
  id: string;
  /** Its name in the section nav and in the loading skeleton. */
  label: string;
  skeleton: SectionSkeletonShape;
  render: (props: ConsoleSectionProps) => ReactNode;
}

/**
 * The console, top to bottom. The nav, the loading skeleton and the console itself all read this
 * list, so a new part of the package is one entry here.
 */
export const CONSOLE_SECTIONS: readonly ConsoleSectionEntry[] = [
  {
    id: "blueprint",
    label: "Blueprint",
    skeleton: "text",
    render: (props) => <BlueprintSection {...props} />,
  },
  { id: "cast", label: "Cast", skeleton: "cards", render: (props) => <CastSection {...props} /> },
  {
    id: "artwork",
    label: "Grid & poster",
    skeleton: "media",
    render: ({ show }) => <ArtworkSection show={show} />,
  },
  {
    id: "trailer",
    label: "Trailer",
    skeleton: "media",
    render: ({ show }) => <TrailerSection show={show} />,
  },
  {
    id: "character-videos",
    label: "Character videos",
    skeleton: "cards",
    render: ({ show }) => <CharacterVideosSection show={show} />,
  },
  {
    id: "episodes",
    label: "Episodes",
    skeleton: "list",
    render: ({ show }) => <EpisodesSection show={show} />,
  },
  {
    id: "storyboard",
    label: "Storyboards",
    skeleton: "media",
    render: ({ show }) => <StoryboardSection show={show} />,
  },
  {
    id: "spend",
    label: "Spend",
    skeleton: "list",
    render: ({ show }) => <SpendSection show={show} />,
  },
];
