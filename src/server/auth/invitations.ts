import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../db/client";
import { invitations } from "../db/schema";
import { AppError } from "../errors";
import type { Auth } from "./create-auth";
import { withSignUpPermit } from "./sign-up-permit";

/** An invitation link works for a week, once. */
const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const newAccountSchema = z.object({
  name: z.string().trim().min(1, "Enter a name").max(100),
  email: z.email("Enter an email address").max(254),
  password: z
    .string()
    .min(8, "Use at least 8 characters")
    .max(128, "Keep the password under 128 characters"),
});

export const acceptInvitationSchema = newAccountSchema.extend({
  token: z.string().min(10).max(200),
});

export async function createInvitation(db: Db, ownerId: string) {
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  await db.insert(invitations).values({ token, createdBy: ownerId, expiresAt });
  return { token, expiresAt: expiresAt.toISOString(), path: `/invite/${token}` };
}

const usable = (token: string) =>
  and(
    eq(invitations.token, token),
    isNull(invitations.usedAt),
    gt(invitations.expiresAt, new Date()),
  );

export async function invitationIsUsable(db: Db, token: string): Promise<boolean> {
  const [row] = await db
    .select({ token: invitations.token })
    .from(invitations)
    .where(usable(token));
  return Boolean(row);
}

/**
 * Signs a member up with an invitation. The link is claimed first (a guarded update), so two
 * people racing on one link cannot both get an account; if the sign-up then fails (the email is
 * taken), the link is given back.
 */
export async function acceptInvitation(
  auth: Auth,
  db: Db,
  input: z.infer<typeof acceptInvitationSchema>,
) {
  const claimed = await db
    .update(invitations)
    .set({ usedAt: new Date() })
    .where(usable(input.token))
    .returning({ token: invitations.token });
  if (claimed.length === 0) {
    throw new AppError("not_found", "This invitation link is unknown, used or expired.");
  }
  try {
    const result = await withSignUpPermit("member", () =>
      auth.api.signUpEmail({
        body: { email: input.email, password: input.password, name: input.name },
        headers: new Headers(),
        returnHeaders: true,
      }),
    );
    await db
      .update(invitations)
      .set({ usedBy: result.response.user.id })
      .where(eq(invitations.token, input.token));
    return { userId: result.response.user.id, headers: result.headers };
  } catch (error) {
    await db.update(invitations).set({ usedAt: null }).where(eq(invitations.token, input.token));
    throw error;
  }
}
