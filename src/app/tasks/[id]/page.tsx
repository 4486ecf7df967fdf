import type { Metadata } from "next";
import { TaskDetailView } from "@/components/task-detail/task-detail-view";
import { requirePageUser } from "../../_auth/page-caller";

type PageProps = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Task" };

export default async function TaskPage({ params }: PageProps) {
  await requirePageUser();
  const { id } = await params;
  return (
    <div className="container">
      <TaskDetailView id={id} />
    </div>
  );
}
