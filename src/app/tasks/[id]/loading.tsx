import { TaskDetailSkeleton } from "@/components/task-detail/task-detail-skeleton";

export default function TaskLoading() {
  return (
    <div className="container">
      <TaskDetailSkeleton />
    </div>
  );
}
