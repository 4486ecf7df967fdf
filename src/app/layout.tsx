import "@fontsource/inter/400.css";
import "@fontsource/inter/500.css";
import "@fontsource/inter/600.css";
import "@fontsource/inter/700.css";
import "@fontsource/inter/800.css";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { pageCaller } from "@/app/_auth/page-caller";
import { type HeaderViewer, SiteHeader } from "@/components/nav/site-header";
import { DocumentTitle } from "@/components/tasks/document-title";
import { TaskDockPill } from "@/components/tasks/task-dock-pill";
import { TaskDockSheet } from "@/components/tasks/task-dock-sheet";
import { TaskNotifier } from "@/components/tasks/task-notifier";
import { TaskProvider } from "@/components/tasks/task-provider";

// Every page renders per request: the CSP nonce (src/proxy.ts) differs each time, and Next can
// only put it on its scripts while rendering. A prerendered page's scripts would be blocked.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Greenlight", template: "%s · Greenlight" },
  description:
    "Turn a TV-show premise into a development package: blueprint, cast, poster, trailer.",
};

export const viewport: Viewport = {
  themeColor: "#08090c",
  colorScheme: "dark",
};

/** Owner, member or nobody signed in; a database outage shows the signed-out header. */
async function headerViewer(): Promise<HeaderViewer> {
  try {
    const caller = await pageCaller();
    return caller.kind === "user" ? (caller.user.role === "owner" ? "owner" : "member") : null;
  } catch {
    return null;
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const viewer = await headerViewer();
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <TaskProvider>
          <SiteHeader viewer={viewer} end={<TaskDockPill />} />
          <main id="main">{children}</main>
          <TaskDockSheet />
          <DocumentTitle />
          <TaskNotifier />
        </TaskProvider>
      </body>
    </html>
  );
}
