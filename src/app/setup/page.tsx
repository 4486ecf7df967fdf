import type { Metadata } from "next";
import { redirect } from "next/navigation";
import {
  AccountForm,
  emailField,
  nameField,
  newPasswordField,
} from "@/components/account/account-form";
import { anyUserExists } from "@/server/auth/create-owner";
import { getContainer } from "@/server/container";
import styles from "../page-header.module.css";

export const metadata: Metadata = { title: "Set up" };
export const dynamic = "force-dynamic";

// The first visitor of a fresh install creates the owner account; afterwards this page is gone.
export default async function SetupPage() {
  const { db } = await getContainer();
  if (await anyUserExists(db)) {
    redirect("/sign-in");
  }
  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.header}>
        <p className="eyebrow">Welcome</p>
        <h1 className={styles.title}>Create the owner account</h1>
        <p className="muted">
          The owner chooses the providers, invites members and sets their budgets.
        </p>
      </header>
      <AccountForm
        action="/api/account/setup"
        fields={[nameField, emailField, newPasswordField]}
        submitLabel="Create owner account"
        next="/"
      />
    </div>
  );
}
