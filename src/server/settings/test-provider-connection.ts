import { z } from "zod";
import type { Env } from "../config/env";
import { providerChoiceSchema } from "../shows/show-settings";
import { checkOpenAIConnection } from "./check-openai-connection";
import { checkReplicateConnection } from "./check-replicate-connection";
import type { ConnectionResult } from "./connection-result";

export const testConnectionSchema = z.object({ provider: providerChoiceSchema.shape.provider });
export type TestConnectionInput = z.infer<typeof testConnectionSchema>;

/**
 * "Test connection" on the settings page: one cheap authenticated call with the server's own
 * credentials. A failure is an answer (`ok: false` and why), not an error.
 */
export async function testProviderConnection(
  env: Env,
  { provider }: TestConnectionInput,
): Promise<ConnectionResult> {
  switch (provider) {
    case "offline":
      return { ok: true, message: "The offline provider runs on this server; nothing to connect." };
    case "openai":
      return env.OPENAI_API_KEY
        ? checkOpenAIConnection({
            apiKey: env.OPENAI_API_KEY,
            ...(env.OPENAI_BASE_URL ? { baseURL: env.OPENAI_BASE_URL } : {}),
          })
        : { ok: false, message: "OpenAI is not configured: set OPENAI_API_KEY on the server." };
    case "replicate":
      return env.REPLICATE_API_TOKEN
        ? checkReplicateConnection({
            apiToken: env.REPLICATE_API_TOKEN,
            ...(env.REPLICATE_BASE_URL ? { baseUrl: env.REPLICATE_BASE_URL } : {}),
          })
        : {
            ok: false,
            message: "Replicate is not configured: set REPLICATE_API_TOKEN on the server.",
          };
    default: {
      const unreachable: never = provider;
      return unreachable;
    }
  }
}
