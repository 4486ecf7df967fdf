import type { Metadata } from "next";
import { ShowConsole } from "@/components/console/show-console";
import { requirePageUser } from "../../_auth/page-caller";

type PageProps = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Studio" };

export default async function ShowConsolePage({ params }: PageProps) {
  await requirePageUser();
  const { slug } = await params;
  return (
    <div className="container">
      <ShowConsole slug={slug} />
    </div>
  );
}
