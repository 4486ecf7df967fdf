import type { Metadata } from "next";
import { SettingsPanel } from "@/components/settings/settings-panel";
import { requirePageUser } from "../_auth/page-caller";
import styles from "../page-header.module.css";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requirePageUser({ owner: true, next: "/settings" });
  return (
    <div className={`container ${styles.page}`}>
      <header className={styles.header}>
        <p className="eyebrow">Settings</p>
        <h1 className={styles.title}>Studio settings</h1>
        <p className="muted">
          Which models make new shows, which providers this server can reach, and the prompts behind
          every generation.
        </p>
      </header>
      <SettingsPanel />
    </div>
  );
}
