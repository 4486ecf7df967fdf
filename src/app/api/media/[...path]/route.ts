import { getContainer } from "@/server/container";
import { invalidInput, notFound } from "@/server/errors";
import { serveMedia } from "@/server/storage/serve-media";
import { mayReadMedia } from "../../_lib/auth";
import { withErrors } from "../../_lib/http";

type MediaRouteContext = { params: Promise<{ path: string[] }> };

/** A key is relative segments; a `..` or an empty segment never names a stored file. */
function mediaKey(path: string[]): string {
  if (path.some((segment) => segment.includes("/") || segment.includes("\\"))) {
    throw invalidInput("path", "a media path segment must not contain a slash");
  }
  if (path.some((segment) => segment === "" || segment === "." || segment === "..")) {
    throw notFound("Media");
  }
  return path.join("/");
}

// GET /api/media/:key – serve a stored file
export const GET = withErrors(async (request: Request, { params }: MediaRouteContext) => {
  const { path } = await params;
  const key = mediaKey(path);
  // A file of a show the caller may not see is the same 404 as a missing one.
  if (!(await mayReadMedia(request, key))) {
    throw notFound("Media");
  }
  const { media, mediaRedirect } = await getContainer();
  return serveMedia(media, key, request, { redirect: mediaRedirect });
});

// HEAD /api/media/:key – headers of a stored file, no body
export const HEAD = GET;
