import type { Metadata } from "next";
import { AccountForm, emailField } from "@/components/account/account-form";
import styles from "../page-header.module.css";

export const metadata: Metadata = { title: "Sign in" };

type PageProps = { searchParams: Promise<{ next?: string }> };

export default async function SignInPage({ searchParams }: PageProps) {
  const { next } = await searchParams;
  // Only a path on this site: an absolute URL here would make the form an open redirect.
  const target = next?.startsWith("/") && !next.startsWith("//") ? next : "/";
  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.header}>
        <p className="eyebrow">Greenlight</p>
        <h1 className={styles.title}>Sign in</h1>
      </header>
      <AccountForm
        action="/api/auth/sign-in/email"
        fields={[
          emailField,
          {
            name: "password",
            label: "Password",
            type: "password",
            autoComplete: "current-password",
          },
        ]}
        submitLabel="Sign in"
        next={target}
      />
    </div>
  );
}
