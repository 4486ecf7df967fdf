import type { Metadata } from "next";
import { ShowConsole } from "@/components/console/show-console";

type PageProps = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Studio" };

export default async function ShowConsolePage({ params }: PageProps) {
  const { slug } = await params;
  return (
    <div className="container">
      <ShowConsole slug={slug} />
    </div>
  );
}
