import type { Metadata } from "next";
import { publicOrigin } from "@/components/show-page/load-show";
import type { ShowDetail } from "@/lib/client/types";

/**
 * What a link preview shows: the title, the logline, and the poster as the image (absolute, and
 * with the share token in its URL when the page was opened through a share link).
 */
export async function showMetadata(show: ShowDetail | null): Promise<Metadata> {
  if (!show) {
    return { title: "Show not found" };
  }
  const title = show.title ?? "Untitled show";
  const description = show.logline ?? show.premise;
  const origin = await publicOrigin();
  const images = show.poster
    ? [
        {
          url: new URL(show.poster.url, origin).toString(),
          width: show.poster.width ?? undefined,
          height: show.poster.height ?? undefined,
          alt: `Poster for ${title}`,
        },
      ]
    : undefined;
  return {
    title,
    description,
    openGraph: { title, description, type: "video.tv_show", images },
    twitter: {
      card: images ? "summary_large_image" : "summary",
      title,
      description,
      images: images?.map((image) => image.url),
    },
  };
}
