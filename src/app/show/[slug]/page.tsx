import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadShow, publicOrigin } from "@/components/show-page/load-show";
import { ShowPageView } from "@/components/show-page/show-page-view";

type PageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ share?: string }>;
};

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const { slug } = await params;
  const show = await loadShow(slug, (await searchParams).share);
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

export default async function ShowPage({ params, searchParams }: PageProps) {
  const { slug } = await params;
  const show = await loadShow(slug, (await searchParams).share);
  if (!show) {
    notFound();
  }
  return <ShowPageView show={show} />;
}
