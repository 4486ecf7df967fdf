import { ZodError, z } from "zod";
import { getContainer } from "@/server/container";
import { isConnectionLoss, isDatabaseError, sqlStateOf } from "@/server/db/db-errors";
import { AppError, isAppError } from "@/server/errors";
import { findNul, nulError } from "./nul-check";
import { readBodyText } from "./read-body";

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
      await rejectNulInRequest(request, args[0]);
      return await handler(request, ...args);
    } catch (error) {
      if (error instanceof ZodError) {
        const issue = error.issues[0];
        const field = issue?.path.map(String).join(".") || undefined;
        const message = issue ? `${field ? `${field}: ` : ""}${issue.message}` : "Invalid request";
        return errorResponse("invalid_input", message, 400, field);
      }
      // By brand, not instanceof: server code bundled apart has its own AppError class.
      if (isAppError(error)) {
        const retry = error.retryAfterSeconds;
        return errorResponse(
          error.code,
          error.userMessage,
          error.status,
          error.field,
          retry !== undefined ? { "retry-after": String(Math.ceil(retry)) } : undefined,
        );
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

/**
 * NUL cannot be stored in a Postgres text column: a path segment or query value holding one is a
 * 400 naming it, before any handler turns it into a database error.
 */
async function rejectNulInRequest(request: Request, context: unknown): Promise<void> {
  const url = new URL(request.url);
  for (const [name, value] of url.searchParams) {
    if (value.includes("\0") || name.includes("\0")) {
      throw nulError(name);
    }
  }
  const params = (context as { params?: unknown } | undefined)?.params;
  if (params && typeof (params as Promise<unknown>).then === "function") {
    const field = findNul(await params);
    if (field !== null) {
      throw nulError(field);
    }
  }
}

/** Bodies are small JSON documents; a route that takes more says so. */
export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;

export interface ReadJsonOptions {
  /** Bytes; the read stops there and answers 413. */
  limitBytes?: number;
}

/**
 * Reads and validates a JSON body. Only `application/json` is read (415 otherwise), so a form or
 * a `text/plain` post from another site cannot pass for an API call; the body is read as a stream
 * that stops at the limit (413), and a body that is not JSON is a 400, not a 500.
 */
export async function readJson<T>(
  request: Request,
  schema: z.ZodType<T>,
  options: ReadJsonOptions = {},
): Promise<T> {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  const hasBody = request.body !== null && request.headers.get("content-length") !== "0";
  if (hasBody && type !== "application/json") {
    throw new AppError(
      "unsupported_media_type",
      "Send the request body as JSON with Content-Type: application/json.",
    );
  }
  const text = await readBodyText(request, options.limitBytes ?? DEFAULT_BODY_LIMIT_BYTES);
  let body: unknown;
  try {
    body = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw new AppError("invalid_input", "Request body must be JSON");
  }
  const field = findNul(body);
  if (field !== null) {
    throw nulError(field);
  }
  return schema.parse(body);
}

const noFields = z.object({}).strict();

/**
 * For an action with nothing to say (cancel, retry, share, …): no body, or `{}`. A form or
 * text/plain post, which another site can send without asking, is a 415 before anything happens.
 */
export async function readEmptyBody(request: Request): Promise<void> {
  await readJson(request, noFields);
}

export function readQuery<T>(request: Request, schema: z.ZodType<T>): T {
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  const field = findNul(params);
  if (field !== null) {
    throw nulError(field);
  }
  return schema.parse(params);
}
