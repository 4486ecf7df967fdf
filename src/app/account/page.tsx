import type { Metadata } from "next";
import Link from "next/link";
import { ApiKeysPanel } from "@/components/account/api-keys-panel";
import { SignOutButton } from "@/components/account/sign-out-button";
import { requirePageUser } from "../_auth/page-caller";
import styles from "../page-header.module.css";

export const metadata: Metadata = { title: "Account" };

// Every account's page: who you are and your own API keys.
export default async function AccountPage() {
  const user = await requirePageUser({ next: "/account" });
  return (
    <div className={`container ${styles.page}`} style={{ display: "grid", gap: 24 }}>
      <header className={styles.header}>
        <p className="eyebrow">Account</p>
        <h1 className={styles.title}>{user.name}</h1>
        <p className="muted">
          {user.email} · {user.role}
        </p>
        <div style={{ display: "flex", gap: 8 }}>
          {user.role === "owner" ? (
            <Link href="/users" className="btn">
              Members and budgets
            </Link>
          ) : null}
          <SignOutButton />
        </div>
      </header>
      <ApiKeysPanel />
    </div>
  );
}
