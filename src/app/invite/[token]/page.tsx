import type { Metadata } from "next";
import { notFound } from "next/navigation";
import {
  AccountForm,
  emailField,
  nameField,
  newPasswordField,
} from "@/components/account/account-form";
import { invitationIsUsable } from "@/server/auth/invitations";
import { getContainer } from "@/server/container";
import styles from "../../page-header.module.css";

export const metadata: Metadata = { title: "Join" };

type PageProps = { params: Promise<{ token: string }> };

// An invitation link from the owner: one short form makes a member account.
export default async function InvitePage({ params }: PageProps) {
  const { token } = await params;
  const { db } = await getContainer();
  if (!(await invitationIsUsable(db, token))) {
    notFound();
  }
  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.header}>
        <p className="eyebrow">Invitation</p>
        <h1 className={styles.title}>Join this Greenlight studio</h1>
      </header>
      <AccountForm
        action="/api/account/accept-invitation"
        fields={[nameField, emailField, newPasswordField]}
        extra={{ token }}
        submitLabel="Create my account"
        next="/"
      />
    </div>
  );
}
