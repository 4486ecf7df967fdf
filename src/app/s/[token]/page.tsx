import { notFound, redirect } from "next/navigation";
import { loadSharedShow } from "@/server/auth/show-access";
import { getContainer } from "@/server/container";

type PageProps = { params: Promise<{ token: string }> };

// /s/<token> – a share link: the show's read-only page, signed in or not.
export default async function ShareLinkPage({ params }: PageProps) {
  const { token } = await params;
  const { db } = await getContainer();
  const show = await loadSharedShow(db, token).catch(() => null);
  if (!show) {
    notFound();
  }
  redirect(`/show/${show.slug}?share=${encodeURIComponent(token)}`);
}
