import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadShow, sharedShowSlug, studioHrefFor } from "@/components/show-page/load-show";
import { ShowPageView } from "@/components/show-page/show-page-view";
import { showMetadata } from "../../show/[slug]/show-metadata";

type PageProps = { params: Promise<{ token: string }> };

async function sharedShow(token: string) {
  const slug = await sharedShowSlug(token);
  return slug ? loadShow(slug, token) : null;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  return showMetadata(await sharedShow((await params).token));
}

// /s/:token – a share link: the show's public page at this address, signed in or not.
export default async function ShareLinkPage({ params }: PageProps) {
  const { token } = await params;
  const show = await sharedShow(token);
  if (!show) {
    notFound();
  }
  return (
    <ShowPageView show={show} shareToken={token} studioHref={await studioHrefFor(show.slug)} />
  );
}
