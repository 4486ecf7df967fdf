/**
 * The OpenTimelineIO objects a cut is written as, in the schema versions of OTIO's "0.14.0"
 * family (CORE_VERSION_MAP): Timeline.1, Stack.1, Track.1, Clip.1, Gap.1, Transition.1,
 * ExternalReference.1, TimeRange.1, RationalTime.1. Every OTIO since 0.14 reads them (newer ones
 * upgrade Clip.1 to Clip.2 on read), where a Clip.2 or Timeline.2 is refused by an older library
 * ("requested schema version is even greater"), as bundled in editors lags the project. Every
 * field the schema lists is written, defaults included: OTIO's reader fails on a missing key.
 */

export interface RationalTime {
  OTIO_SCHEMA: "RationalTime.1";
  rate: number;
  value: number;
}

export interface TimeRange {
  OTIO_SCHEMA: "TimeRange.1";
  start_time: RationalTime;
  duration: RationalTime;
}

export interface ExternalReference {
  OTIO_SCHEMA: "ExternalReference.1";
  name: string;
  metadata: Record<string, unknown>;
  /** A URL; ours are relative to the .otio file (the package's own layout). */
  target_url: string;
  available_range: TimeRange | null;
}

interface ItemFields {
  name: string;
  metadata: Record<string, unknown>;
  source_range: TimeRange | null;
  effects: [];
  markers: [];
}

export interface Clip extends ItemFields {
  OTIO_SCHEMA: "Clip.1";
  media_reference: ExternalReference;
}

export interface Gap extends ItemFields {
  OTIO_SCHEMA: "Gap.1";
}

export interface Transition {
  OTIO_SCHEMA: "Transition.1";
  name: string;
  metadata: Record<string, unknown>;
  transition_type: "SMPTE_Dissolve";
  /** How far it reaches back into the outgoing clip. */
  in_offset: RationalTime;
  /** How far it reaches into the incoming clip. */
  out_offset: RationalTime;
}

export interface Track extends ItemFields {
  OTIO_SCHEMA: "Track.1";
  kind: "Video" | "Audio";
  children: (Clip | Gap | Transition)[];
}

export interface Stack extends ItemFields {
  OTIO_SCHEMA: "Stack.1";
  children: Track[];
}

export interface Timeline {
  OTIO_SCHEMA: "Timeline.1";
  name: string;
  metadata: Record<string, unknown>;
  global_start_time: RationalTime | null;
  tracks: Stack;
}

export function rationalTime(frames: number, rate: number): RationalTime {
  return { OTIO_SCHEMA: "RationalTime.1", rate, value: frames };
}

export function timeRange(startFrame: number, frames: number, rate: number): TimeRange {
  return {
    OTIO_SCHEMA: "TimeRange.1",
    start_time: rationalTime(startFrame, rate),
    duration: rationalTime(frames, rate),
  };
}

export function clip(
  name: string,
  media: ExternalReference,
  sourceRange: TimeRange,
  metadata: Record<string, unknown> = {},
): Clip {
  return {
    OTIO_SCHEMA: "Clip.1",
    name,
    metadata,
    source_range: sourceRange,
    effects: [],
    markers: [],
    media_reference: media,
  };
}

export function externalReference(
  targetUrl: string,
  available: TimeRange | null,
  metadata: Record<string, unknown> = {},
): ExternalReference {
  return {
    OTIO_SCHEMA: "ExternalReference.1",
    name: "",
    metadata,
    target_url: targetUrl,
    available_range: available,
  };
}

export function gap(frames: number, rate: number): Gap {
  return {
    OTIO_SCHEMA: "Gap.1",
    name: "",
    metadata: {},
    source_range: timeRange(0, frames, rate),
    effects: [],
    markers: [],
  };
}

export function dissolve(inFrames: number, outFrames: number, rate: number): Transition {
  return {
    OTIO_SCHEMA: "Transition.1",
    name: "Dissolve",
    metadata: {},
    transition_type: "SMPTE_Dissolve",
    in_offset: rationalTime(inFrames, rate),
    out_offset: rationalTime(outFrames, rate),
  };
}

export function track(name: string, kind: Track["kind"], children: Track["children"]): Track {
  return {
    OTIO_SCHEMA: "Track.1",
    name,
    kind,
    metadata: {},
    source_range: null,
    effects: [],
    markers: [],
    children,
  };
}

export function stack(children: Track[]): Stack {
  return {
    OTIO_SCHEMA: "Stack.1",
    name: "tracks",
    metadata: {},
    source_range: null,
    effects: [],
    markers: [],
    children,
  };
}
