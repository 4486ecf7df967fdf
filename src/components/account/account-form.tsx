"use client";

import { type FormEvent, useState } from "react";

interface Field {
  name: string;
  label: string;
  type: string;
  autoComplete: string;
}

/** One short form that posts JSON and goes to `next` on success, or shows the server's message. */
export function AccountForm(props: {
  action: string;
  fields: Field[];
  submitLabel: string;
  extra?: Record<string, string>;
  next: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const data = Object.fromEntries(new FormData(event.currentTarget).entries());
    const response = await fetch(props.action, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...data, ...props.extra }),
    }).catch(() => null);
    setBusy(false);
    if (response?.ok) {
      window.location.assign(props.next);
      return;
    }
    const body = (await response?.json().catch(() => null)) as {
      error?: { message?: string };
      message?: string;
    } | null;
    setError(body?.error?.message ?? body?.message ?? "That did not work; try again.");
  }
  return (
    <form onSubmit={submit} className="card" style={{ display: "grid", gap: 16, maxWidth: 420 }}>
      {props.fields.map((field) => (
        <div className="field" key={field.name}>
          <label className="label" htmlFor={`account-${field.name}`}>
            {field.label}
          </label>
          <input
            id={`account-${field.name}`}
            className="input"
            name={field.name}
            type={field.type}
            autoComplete={field.autoComplete}
            required
          />
        </div>
      ))}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {props.submitLabel}
      </button>
    </form>
  );
}

export const nameField = { name: "name", label: "Name", type: "text", autoComplete: "name" };
export const emailField = { name: "email", label: "Email", type: "email", autoComplete: "email" };
export const newPasswordField = {
  name: "password",
  label: "Password (at least 8 characters)",
  type: "password",
  autoComplete: "new-password",
};
