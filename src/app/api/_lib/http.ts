import { ZodError, type z } from "zod";
import { getContainer } from "@/server/container";
import { isConnectionLoss, isDatabaseError, sqlStateOf } from "@/server/db/db-errors";
import { AppError } from "@/server/errors";

/** The JSON error body every route returns: one shape for the UI and for scripts. */
export interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

export const json = (body: unknown, status = 200): Response => Response.json(body, { status });

function errorResponse(
  code: string,
  message: string,
  status: number,
  field?: string,
  headers?: HeadersInit,
): Response {
  const body: ErrorBody = { error: { code, message, ...(field ? { field } : {}) } };
  return Response.json(body, { status, headers });
}

/** How long a client should wait before asking again while the database is away (seconds). */
const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * Wraps a route handler: a ZodError becomes 400 naming the field, an AppError its own status and
 * user message, a lost database connection (a restart, a failover) 503 with Retry-After, anything
 * else a logged 500 that hides internals. Database errors are recognised by code, not class: this
 * module and the server's may be bundled apart.
 */
export function withErrors<Args extends unknown[]>(
  handler: (request: Request, ...args: Args) => Promise<Response>,
): (request: Request, ...args: Args) => Promise<Response> {
  return async (request, ...args) => {
    try {
      return await handler(request, ...args);
    } catch (error) {
      if (error instanceof ZodError) {
        const issue = error.issues[0];
        const field = issue?.path.map(String).join(".") || undefined;
        const message = issue ? `${field ? `${field}: ` : ""}${issue.message}` : "Invalid request";
        return errorResponse("invalid_input", message, 400, field);
      }
      if (error instanceof AppError) {
        return errorResponse(error.code, error.userMessage, error.status, error.field);
      }
      const { logger } = await getContainer().catch(() => ({ logger: null }));
      if (isConnectionLoss(error)) {
        logger?.warn({ err: error, url: request.url }, "database unavailable during request");
        return errorResponse(
          "database_unavailable",
          "The database is unavailable right now; try again in a few seconds.",
          503,
          undefined,
          { "retry-after": String(DATABASE_RETRY_AFTER_SECONDS) },
        );
      }
      logger?.error({ err: error, url: request.url }, "unhandled error in route");
      if (isDatabaseError(error)) {
        // The driver's message is the SQL with its parameters: logged above, never sent.
        const state = sqlStateOf(error);
        return errorResponse(
          "database_error",
          `The database could not complete this request${state ? ` (SQLSTATE ${state})` : ""}.`,
          500,
        );
      }
      return errorResponse("internal", "Something went wrong on the server", 500);
    }
  };
}

/** Reads and validates a JSON body; a body that is not JSON is a 400, not a 500. */
export async function readJson<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  let body: unknown;
  try {
    const text = await request.text();
    body = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw new AppError("invalid_input", "Request body must be JSON");
  }
  return schema.parse(body);
}

export function readQuery<T>(request: Request, schema: z.ZodType<T>): T {
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  return schema.parse(params);
}
