import pg from "pg";

/** One benchmark figure as a JSON line: what `npm run bench` prints. */
export function report(bench: string, fields: Record<string, string | number>): void {
  process.stdout.write(`${JSON.stringify({ bench, ...fields })}\n`);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) {
    return Number.NaN;
  }
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)]! * 100) / 100;
}

export const rssMb = () => Math.round((process.memoryUsage().rss / 1024 / 1024) * 10) / 10;

export const benchPostgresUrl =
  process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** True when the PostgreSQL server used for the Postgres half of the benchmarks answers. */
export async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
