import { getContainer } from "@/server/container";
import { serveMedia } from "@/server/storage/serve-media";

type MediaRouteContext = { params: Promise<{ path: string[] }> };

// GET /api/media/:key – serve a stored file
export async function GET(request: Request, { params }: MediaRouteContext): Promise<Response> {
  const { path } = await params;
  const { media, mediaRedirect } = await getContainer();
  return serveMedia(media, path.join("/"), request, { redirect: mediaRedirect });
}

// HEAD /api/media/:key – headers of a stored file, no body
export const HEAD = GET;
