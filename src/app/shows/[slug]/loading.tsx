import { ConsoleSkeleton } from "@/components/console/console-skeleton";

export default function ShowConsoleLoading() {
  return (
    <div className="container">
      <ConsoleSkeleton />
    </div>
  );
}
