import { getContainer } from "@/server/container";
import { serveMedia } from "@/server/storage/serve-media";

type MediaRouteContext = { params: Promise<{ path: string[] }> };

// GET /api/media/:key – serve a stored file
export async function GET(request: Request, { params }: MediaRouteContext): Promise<Response> {
  const { path } = await params;
  const { media } = await getContainer();
  return serveMedia(media, path.join("/"), request);
}

// HEAD /api/media/:key – headers of a stored file, no body
export const HEAD = GET;
