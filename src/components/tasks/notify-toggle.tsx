"use client";

import { useEffect, useState } from "react";
import { useStoredFlag } from "@/hooks/use-stored-flag";
import { Icon } from "../ui/icon";
import { NOTIFY_PREFERENCE_KEY } from "./task-notifier";

/** Opt-in for a browser notification when a long task finishes. */
export function NotifyToggle() {
  const [choice, setEnabled] = useStoredFlag(NOTIFY_PREFERENCE_KEY);
  const enabled = choice === true;
  const [supported, setSupported] = useState(false);

  useEffect(() => setSupported("Notification" in window), []);
  if (!supported) {
    return null;
  }

  const toggle = async () => {
    if (enabled) {
      setEnabled(false);
      return;
    }
    const permission = await Notification.requestPermission();
    setEnabled(permission === "granted");
  };

  return (
    <button
      type="button"
      className="btn btn-ghost btn-icon"
      aria-pressed={enabled}
      aria-label="Notify me when long tasks finish"
      title={enabled ? "Notifications on for long tasks" : "Notify me when long tasks finish"}
      onClick={() => void toggle()}
    >
      <Icon name={enabled ? "bell" : "bellOff"} />
    </button>
  );
}
