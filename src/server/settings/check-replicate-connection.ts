import type { ReplicateConnection } from "../providers/replicate";
import { callReplicate } from "../providers/replicate/replicate-client";
import { type ConnectionResult, connectionTimeoutMs, failedConnection } from "./connection-result";

/** Reads the account the token belongs to (GET /v1/account): authenticated, free, instant. */
export async function checkReplicateConnection(
  connection: ReplicateConnection,
): Promise<ConnectionResult> {
  const where = new URL(connection.baseUrl ?? "https://api.replicate.com/v1").host;
  try {
    const account = await callReplicate(
      { ...connection, requestTimeoutMs: connectionTimeoutMs },
      { action: "read the account" },
      (client) => client.accounts.current(),
    );
    return { ok: true, message: `Connected to Replicate as ${account.username}.` };
  } catch (error) {
    return failedConnection(error, "Replicate", where);
  }
}
