import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { showIsVisible } from "@/components/show-page/load-show";
import { requirePageUser } from "../../_auth/page-caller";

type LayoutProps = { children: ReactNode; params: Promise<{ slug: string }> };

// Decides 404 before anything streams; the console below streams behind its skeleton.
export default async function ShowConsoleLayout({ children, params }: LayoutProps) {
  await requirePageUser();
  if (!(await showIsVisible((await params).slug))) {
    notFound();
  }
  return children;
}
