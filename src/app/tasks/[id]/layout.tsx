import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { loadTaskShow } from "@/components/task-detail/load-task";
import { requirePageUser } from "../../_auth/page-caller";

type LayoutProps = { children: ReactNode; params: Promise<{ id: string }> };

// Decides 404 before anything streams: the page below streams behind its loading skeleton, and a
// not-found page sent after streaming began would go out with status 200.
export default async function TaskLayout({ children, params }: LayoutProps) {
  await requirePageUser();
  const { id } = await params;
  if (!(await loadTaskShow(id))) {
    notFound();
  }
  return children;
}
