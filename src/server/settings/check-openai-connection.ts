import { createOpenAIClient, mapOpenAIError } from "../providers/openai";
import { type ConnectionResult, connectionTimeoutMs, failedConnection } from "./connection-result";

export interface OpenAIConnectionCheck {
  apiKey: string;
  baseURL?: string;
}

/** Lists models: the cheapest authenticated call, and OpenAI-compatible servers answer it too. */
export async function checkOpenAIConnection(
  check: OpenAIConnectionCheck,
): Promise<ConnectionResult> {
  const where = check.baseURL ? new URL(check.baseURL).host : "api.openai.com";
  const client = createOpenAIClient({ ...check, timeoutMs: connectionTimeoutMs });
  try {
    const page = await client.models.list();
    const count = page.data.length;
    return {
      ok: true,
      message: `Connected to OpenAI at ${where}: ${count} model${count === 1 ? "" : "s"} available.`,
    };
  } catch (error) {
    const mapped = mapOpenAIError(error, { model: "models list", baseURL: check.baseURL });
    return failedConnection(mapped, "OpenAI", where);
  }
}
