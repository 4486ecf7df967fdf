/**
 * Next.js calls register() once per server process at boot. The container (database, migrations,
 * pg-boss, and in embedded mode the task worker) starts here rather than on the first request, so
 * tasks left running by a previous process resume as soon as the app is up.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") {
    return;
  }
  const { startAppProcess } = await import("./server/app-process");
  await startAppProcess();
}
