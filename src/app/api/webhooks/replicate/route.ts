import { z } from "zod";
import { getContainer } from "@/server/container";
import { nudgeVideoJob } from "@/server/providers/limits/poll-nudges";
import { verifyReplicateWebhook } from "@/server/providers/replicate";
import { json, withErrors } from "../../_lib/http";

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
  // The signature covers the exact bytes sent: read the raw text, parse only after verifying.
  const body = await request.text();
  const secret = env.REPLICATE_WEBHOOK_SECRET;
  const verification = secret
    ? verifyReplicateWebhook(request.headers, body, secret)
    : { valid: false as const, reason: "not_configured" as const };
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
