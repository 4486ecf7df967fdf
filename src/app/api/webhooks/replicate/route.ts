import { z } from "zod";
import { getContainer } from "@/server/container";
import { nudgeVideoJob } from "@/server/providers/limits/poll-nudges";
import { verifyReplicateWebhook } from "@/server/providers/replicate";
import { json, withErrors } from "../../_lib/http";
import { readBodyText } from "../../_lib/read-body";

/** A prediction with its logs and output URLs; anything larger is not Replicate. */
const WEBHOOK_BODY_LIMIT_BYTES = 1024 * 1024;

const predictionSchema = z.object({ id: z.string().min(1) });

function predictionIdOf(body: string): string | null {
  try {
    const parsed = predictionSchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data.id : null;
  } catch {
    return null;
  }
}

// POST /api/webhooks/replicate – a signed "prediction finished" nudge; polling stays the truth
export const POST = withErrors(async (request: Request) => {
  const { env, bus } = await getContainer();
  const secret = env.REPLICATE_WEBHOOK_SECRET;
  if (!secret) {
    return json(
      { error: { code: "bad_signature", message: "Webhook refused: not_configured" } },
      401,
    );
  }
  // The signature covers the exact bytes sent: read the raw text (bounded), parse only after
  // verifying.
  const body = await readBodyText(request, WEBHOOK_BODY_LIMIT_BYTES);
  const verification = verifyReplicateWebhook(request.headers, body, secret);
  if (!verification.valid) {
    return json(
      { error: { code: "bad_signature", message: `Webhook refused: ${verification.reason}` } },
      401,
    );
  }
  const predictionId = predictionIdOf(body);
  // Wakes the poll waiting on this prediction here, or else in whichever process runs it.
  const nudged = predictionId ? nudgeVideoJob(predictionId) : false;
  if (predictionId && !nudged) {
    bus.publish({ type: "job_nudge", jobId: predictionId });
  }
  return json({ received: true, nudged: nudged ? "here" : predictionId ? "forwarded" : "no" });
});
