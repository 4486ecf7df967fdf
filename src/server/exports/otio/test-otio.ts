import { z } from "zod";

/**
 * Reading an .otio file back for tests, as OTIO would: no OTIO library exists on npm or in
 * Debian, so the shapes of the documented serialized schema (docs/tutorials/
 * otio-serialized-schema.md, OTIO's "0.14.0" version family) are written out here, strict (an
 * unknown field is an error, a missing one too: OTIO's reader fails on both kinds of mistakes we
 * could make), and the track walk follows OTIO's own rules for where an item sits (a transition
 * takes no time of its own; it overlaps its neighbours by its offsets).
 */

const rationalTime = z.strictObject({
  OTIO_SCHEMA: z.literal("RationalTime.1"),
  rate: z.number().positive(),
  value: z.number(),
});
const timeRange = z.strictObject({
  OTIO_SCHEMA: z.literal("TimeRange.1"),
  start_time: rationalTime,
  duration: rationalTime,
});
const metadata = z.record(z.string(), z.unknown());
const itemFields = {
  name: z.string(),
  metadata,
  source_range: timeRange.nullable(),
  effects: z.array(z.unknown()),
  markers: z.array(z.unknown()),
};
const externalReference = z.strictObject({
  OTIO_SCHEMA: z.literal("ExternalReference.1"),
  name: z.string().nullable(),
  metadata,
  target_url: z.string().min(1),
  available_range: timeRange.nullable(),
});
const clip = z.strictObject({
  OTIO_SCHEMA: z.literal("Clip.1"),
  ...itemFields,
  media_reference: externalReference,
});
const gap = z.strictObject({ OTIO_SCHEMA: z.literal("Gap.1"), ...itemFields });
const transition = z.strictObject({
  OTIO_SCHEMA: z.literal("Transition.1"),
  name: z.string(),
  metadata,
  transition_type: z.enum(["SMPTE_Dissolve", "Custom_Transition"]),
  in_offset: rationalTime,
  out_offset: rationalTime,
});
const track = z.strictObject({
  OTIO_SCHEMA: z.literal("Track.1"),
  ...itemFields,
  kind: z.enum(["Video", "Audio"]),
  children: z.array(z.discriminatedUnion("OTIO_SCHEMA", [clip, gap, transition])),
});
export const otioTimelineSchema = z.strictObject({
  OTIO_SCHEMA: z.literal("Timeline.1"),
  name: z.string(),
  metadata,
  global_start_time: rationalTime.nullable(),
  tracks: z.strictObject({
    OTIO_SCHEMA: z.literal("Stack.1"),
    ...itemFields,
    children: z.array(track),
  }),
});

export type OtioTrack = z.infer<typeof track>;
export type OtioItem = OtioTrack["children"][number];

/** An item of a track where OTIO puts it, in frames of the track's rate. */
export interface PlacedItem {
  item: OtioItem;
  startFrame: number;
  frames: number;
}

/** An .otio file's text, parsed and checked against the serialized schema. */
export function parseOtio(text: string) {
  return otioTimelineSchema.parse(JSON.parse(text));
}

/**
 * Each item with its place on the track: clips and gaps one after another by their source
 * range's duration; a transition starts `in_offset` before the cut and lasts both offsets.
 * Throws where OTIO would refuse the track: a transition not between two clips, or reaching
 * further into a neighbour than the neighbour is long.
 */
export function placeItems(children: readonly OtioItem[]): PlacedItem[] {
  let cursor = 0;
  return children.map((item, index) => {
    if (item.OTIO_SCHEMA === "Transition.1") {
      const before = children[index - 1];
      const after = children[index + 1];
      if (before?.OTIO_SCHEMA !== "Clip.1" || after?.OTIO_SCHEMA !== "Clip.1") {
        throw new Error(`Transition at ${index} is not between two clips`);
      }
      if (
        item.in_offset.value > (before.source_range?.duration.value ?? 0) ||
        item.out_offset.value > (after.source_range?.duration.value ?? 0)
      ) {
        throw new Error(`Transition at ${index} overlaps past its neighbours`);
      }
      return {
        item,
        startFrame: cursor - item.in_offset.value,
        frames: item.in_offset.value + item.out_offset.value,
      };
    }
    if (!item.source_range) {
      throw new Error(`Item ${item.name} has no source range`);
    }
    const placed = { item, startFrame: cursor, frames: item.source_range.duration.value };
    cursor += placed.frames;
    return placed;
  });
}

/** Frames a track lasts: the sum of its clips and gaps. */
export function trackFrames(children: readonly OtioItem[]): number {
  return children.reduce(
    (sum, item) =>
      item.OTIO_SCHEMA === "Transition.1" ? sum : sum + (item.source_range?.duration.value ?? 0),
    0,
  );
}

/** Every OTIO_SCHEMA named anywhere in a parsed file. */
export function schemasIn(value: unknown): Set<string> {
  const found = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach(visit);
    } else if (node && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) {
        if (key === "OTIO_SCHEMA" && typeof child === "string") {
          found.add(child);
        } else if (key !== "metadata") {
          visit(child);
        }
      }
    }
  };
  visit(value);
  return found;
}
