import { ZodError, type z } from "zod";
import { getContainer } from "@/server/container";
import { AppError } from "@/server/errors";

/** The JSON error body every route returns: one shape for the UI and for scripts. */
export interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

export const json = (body: unknown, status = 200): Response => Response.json(body, { status });

function errorResponse(code: string, message: string, status: number, field?: string): Response {
  const body: ErrorBody = { error: { code, message, ...(field ? { field } : {}) } };
  return json(body, status);
}

/**
 * Wraps a route handler: a ZodError becomes 400 naming the field, an AppError its own status and
 * user message, anything else a logged 500 that hides internals.
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
      logger?.error({ err: error, url: request.url }, "unhandled error in route");
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
