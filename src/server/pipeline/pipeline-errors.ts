/** A step that cannot run yet or with this input: terminal, with what the user should do. */
export class PipelineStepError extends Error {
  readonly code = "precondition";
  readonly retryable = false;
  readonly userMessage: string;
  constructor(userMessage: string) {
    super(userMessage);
    this.name = "PipelineStepError";
    this.userMessage = userMessage;
  }
}
