/**
 * What a render in the sandbox fails with when its child process died or hung. Both are about
 * the input (text a native renderer cannot draw, or draws forever), so they are terminal: the
 * task fails once with a message the user can act on instead of retrying into the same crash.
 */
export class RenderSandboxError extends Error {
  readonly code: "render_crashed" | "render_timeout";
  /** Read by the task engine (describe-error.ts): a retry would crash the same way. */
  readonly retryable = false;
  readonly userMessage: string;

  constructor(code: RenderSandboxError["code"], detail: string) {
    const userMessage =
      code === "render_crashed"
        ? "The renderer crashed on this text; shorten it and try again"
        : "The renderer took too long on this text; shorten it and try again";
    super(`${userMessage} (${detail})`);
    this.name = "RenderSandboxError";
    this.code = code;
    this.userMessage = userMessage;
  }
}
