/**
 * Which stored asset each media reference of a cut's timeline is. OTIO keeps an application's own
 * data in an object's `metadata` under the application's name; ours is the asset's id, so the
 * package can put the very file the cut used at the path the timeline names, whatever the board
 * has become since.
 */

/** A media reference's metadata naming the stored asset behind it. */
export function assetRefMetadata(assetId: string): { greenlight: { asset_id: string } } {
  return { greenlight: { asset_id: assetId } };
}

/** A media reference of a timeline: the file it names and the stored asset it says that file is. */
export interface OtioAssetRef {
  /** The target URL decoded back into a path, relative to the .otio file. */
  path: string;
  /** Null in a timeline written before references carried their assets. */
  assetId: string | null;
}

/**
 * Every external reference of an .otio file's text, wherever it sits (clips of any track, nested
 * stacks), in the order written. Only relative targets inside the .otio's folder are returned: a
 * package entry is never written outside it.
 */
export function readAssetRefs(otioText: string): OtioAssetRef[] {
  const found: OtioAssetRef[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!node || typeof node !== "object") {
      return;
    }
    const record = node as Record<string, unknown>;
    const schema = record.OTIO_SCHEMA;
    if (typeof schema === "string" && schema.startsWith("ExternalReference.")) {
      const path = packagePathOf(record.target_url);
      if (path) {
        found.push({ path, assetId: assetIdOf(record.metadata) });
      }
      return;
    }
    for (const [key, child] of Object.entries(record)) {
      if (key !== "metadata") {
        visit(child);
      }
    }
  };
  visit(JSON.parse(otioText));
  return found;
}

function assetIdOf(metadata: unknown): string | null {
  const greenlight = (metadata as { greenlight?: { asset_id?: unknown } } | null)?.greenlight;
  return typeof greenlight?.asset_id === "string" ? greenlight.asset_id : null;
}

/** A relative URL as a path, or null for an absolute URL or one that climbs out of its folder. */
function packagePathOf(targetUrl: unknown): string | null {
  if (typeof targetUrl !== "string" || targetUrl === "" || /^[a-z][a-z0-9+.-]*:/i.test(targetUrl)) {
    return null;
  }
  let segments: string[];
  try {
    segments = targetUrl.split("/").map(decodeURIComponent);
  } catch {
    return null;
  }
  const unsafe = segments.some(
    (segment) => segment === "" || segment === "." || segment === ".." || /[\\/]/.test(segment),
  );
  return unsafe ? null : segments.join("/");
}
