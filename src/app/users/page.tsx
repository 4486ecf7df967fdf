import type { Metadata } from "next";
import { ApiKeysPanel } from "@/components/account/api-keys-panel";
import { UsersPanel } from "@/components/account/users-panel";
import { requirePageUser } from "../_auth/page-caller";
import styles from "../page-header.module.css";

export const metadata: Metadata = { title: "Users" };

// The owner's page: invitation links, members and their budgets, API keys.
export default async function UsersPage() {
  await requirePageUser({ owner: true, next: "/users" });
  return (
    <div className={`container ${styles.page}`} style={{ display: "grid", gap: 24 }}>
      <header className={styles.header}>
        <p className="eyebrow">Users</p>
        <h1 className={styles.title}>Members and budgets</h1>
      </header>
      <UsersPanel />
      <ApiKeysPanel />
    </div>
  );
}
