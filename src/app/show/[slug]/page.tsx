import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadShow, studioHrefFor } from "@/components/show-page/load-show";
import { ShowPageView } from "@/components/show-page/show-page-view";
import { showMetadata } from "./show-metadata";

type PageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ share?: string }>;
};

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const { slug } = await params;
  return showMetadata(await loadShow(slug, (await searchParams).share));
}

// /show/:slug – the show's public page: its owner's, or anyone's with ?share=<token>
export default async function ShowPage({ params, searchParams }: PageProps) {
  const { slug } = await params;
  const { share } = await searchParams;
  const show = await loadShow(slug, share);
  if (!show) {
    notFound();
  }
  return (
    <ShowPageView show={show} shareToken={share} studioHref={await studioHrefFor(show.slug)} />
  );
}
