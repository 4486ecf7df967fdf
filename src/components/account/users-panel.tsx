"use client";

import { useCallback, useEffect, useState } from "react";

interface UserRow {
  id: string;
  name: string;
  email: string;
  role: string;
  monthlyBudgetUsd: number | null;
  spentThisMonthUsd: number;
}

/** The owner's view of accounts: invitation links, members, their monthly budgets and spend. */
export function UsersPanel() {
  const [users, setUsers] = useState<UserRow[]>([]);
  const [invite, setInvite] = useState<string | null>(null);
  const load = useCallback(async () => {
    const response = await fetch("/api/users");
    if (response.ok) {
      setUsers(((await response.json()) as { users: UserRow[] }).users);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  async function createInvite() {
    const response = await fetch("/api/account/invitations", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    if (response.ok) {
      const { path } = (await response.json()) as { path: string };
      setInvite(`${window.location.origin}${path}`);
    }
  }
  async function saveBudget(id: string, value: string) {
    await fetch(`/api/users/${id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ monthlyBudgetUsd: value.trim() === "" ? null : Number(value) }),
    });
    await load();
  }
  return (
    <section className="card" aria-labelledby="users-heading" style={{ display: "grid", gap: 12 }}>
      <h2 id="users-heading">Members</h2>
      <div>
        <button type="button" className="btn btn-primary" onClick={createInvite}>
          Create invitation link
        </button>
        {invite ? (
          <p role="status">
            Send this link (one use, 7 days):{" "}
            <code className="mono" data-testid="invite-link">
              {invite}
            </code>
          </p>
        ) : null}
      </div>
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Spent this month</th>
            <th scope="col">Monthly budget (USD)</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td>{user.name}</td>
              <td>{user.email}</td>
              <td>{user.role}</td>
              <td>${user.spentThisMonthUsd.toFixed(2)}</td>
              <td>
                {user.role === "owner" ? (
                  "no limit"
                ) : (
                  <input
                    className="input"
                    aria-label={`Monthly budget for ${user.email}`}
                    inputMode="decimal"
                    defaultValue={user.monthlyBudgetUsd ?? ""}
                    placeholder="no limit"
                    onBlur={(event) => saveBudget(user.id, event.currentTarget.value)}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
