import type { ReactNode } from "react";
import { requirePageUser } from "../_auth/page-caller";

// Sign-in and setup redirects happen here, before the page streams behind its skeleton.
export default async function LibraryLayout({ children }: { children: ReactNode }) {
  await requirePageUser({ next: "/library" });
  return children;
}
