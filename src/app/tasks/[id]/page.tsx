import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadTaskPage } from "@/components/task-detail/load-task";
import { TaskDetailView } from "@/components/task-detail/task-detail-view";

type PageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const data = await loadTaskPage((await params).id);
  return { title: data ? `${data.task.title} · ${data.show.title}` : "Task not found" };
}

// /tasks/:id – one task and its timeline, rendered with its data (the layout checked access).
export default async function TaskPage({ params }: PageProps) {
  const data = await loadTaskPage((await params).id);
  if (!data) {
    notFound();
  }
  return (
    <div className="container">
      <TaskDetailView initial={data.task} show={data.show} />
    </div>
  );
}
