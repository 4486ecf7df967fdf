"use client";

import { type FormEvent, useCallback, useEffect, useState } from "react";

interface KeyRow {
  id: string;
  name: string | null;
  start: string | null;
  createdAt: string;
}

/** The caller's own API keys: create one (shown once), list, revoke. */
export function ApiKeysPanel() {
  const [keys, setKeys] = useState<KeyRow[]>([]);
  const [created, setCreated] = useState<string | null>(null);
  const load = useCallback(async () => {
    const response = await fetch("/api/api-keys");
    if (response.ok) {
      setKeys(((await response.json()) as { keys: KeyRow[] }).keys);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const name = String(new FormData(form).get("name") ?? "");
    const response = await fetch("/api/api-keys", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name }),
    });
    if (response.ok) {
      setCreated(((await response.json()) as { key: string }).key);
      form.reset();
      await load();
    }
  }
  async function revoke(id: string) {
    await fetch(`/api/api-keys/${id}`, { method: "DELETE" });
    await load();
  }
  return (
    <section
      className="card"
      aria-labelledby="api-keys-heading"
      style={{ display: "grid", gap: 12 }}
    >
      <h2 id="api-keys-heading">API keys</h2>
      <p className="muted">
        Send <code className="mono">Authorization: Bearer &lt;key&gt;</code> to any API route; the
        key acts as you.
      </p>
      <form onSubmit={create} style={{ display: "flex", gap: 8 }}>
        <label className="visually-hidden" htmlFor="api-key-name">
          Key name
        </label>
        <input id="api-key-name" name="name" className="input" placeholder="Key name" required />
        <button type="submit" className="btn btn-primary">
          Create key
        </button>
      </form>
      {created ? (
        <p role="status">
          Copy it now, it is not shown again: <code className="mono">{created}</code>
        </p>
      ) : null}
      <ul>
        {keys.map((key) => (
          <li key={key.id}>
            {key.name} <span className="mono muted">{key.start}…</span>{" "}
            <button type="button" className="btn btn-sm btn-ghost" onClick={() => revoke(key.id)}>
              Revoke
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
