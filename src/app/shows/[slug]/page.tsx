import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ShowConsole } from "@/components/console/show-console";
import { loadShow, loadShowTasks } from "@/components/show-page/load-show";
import { showTitle } from "@/components/shows/show-title";

type PageProps = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const show = await loadShow((await params).slug);
  return { title: show ? `${showTitle(show)} · Studio` : "Studio" };
}

// /shows/:slug – the studio console, rendered with the show and its tasks (the layout checked access).
export default async function ShowConsolePage({ params }: PageProps) {
  const show = await loadShow((await params).slug);
  if (!show) {
    notFound();
  }
  const tasks = await loadShowTasks(show.id);
  return (
    <div className="container">
      <ShowConsole key={show.id} initialShow={show} initialTasks={tasks} />
    </div>
  );
}
