import { createApiKey } from "../../src/server/auth/api-keys";
import { createOwner } from "../../src/server/auth/create-owner";
import { getAuth } from "../../src/server/auth/get-auth";
import { acceptInvitation, createInvitation } from "../../src/server/auth/invitations";
import type { Container } from "../../src/server/container";

/** A signed-up account with an API key, as route tests call the API. */
export interface TestAccount {
  userId: string;
  email: string;
  key: string;
  /** Builds a Request carrying the account's API key. */
  request(url: string, init?: RequestInit): Request;
}

async function withKey(container: Container, userId: string, email: string) {
  const { key } = await createApiKey(await getAuth(container), userId, "tests");
  return {
    userId,
    email,
    key,
    request: (url: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set("authorization", `Bearer ${key}`);
      return new Request(url, { ...init, headers });
    },
  };
}

export async function createTestOwner(
  container: Container,
  email = "owner@example.com",
): Promise<TestAccount> {
  const auth = await getAuth(container);
  const { userId } = await createOwner(auth, container.db, {
    email,
    password: "owner-password",
    name: "Owner",
  });
  return withKey(container, userId, email);
}

/** A member who signed up with an invitation from `owner`. */
export async function createTestMember(
  container: Container,
  owner: TestAccount,
  email = "member@example.com",
): Promise<TestAccount> {
  const auth = await getAuth(container);
  const { token } = await createInvitation(container.db, owner.userId);
  const { userId } = await acceptInvitation(auth, container.db, {
    token,
    email,
    password: "member-password",
    name: "Member",
  });
  return withKey(container, userId, email);
}
