"use client";

import { useId, useState } from "react";
import { api, errorMessage } from "@/lib/client/api";
import { PROVIDERS } from "@/lib/client/providers";
import type { ConnectionResult, ProviderName, SettingsView } from "@/lib/client/types";
import { Icon } from "../ui/icon";
import styles from "./settings.module.css";

interface ProviderCardProps {
  provider: ProviderName;
  settings: SettingsView;
}

/** One provider: whether the server has its key, how to set it, and a connection test. */
export function ProviderCard({ provider, settings }: ProviderCardProps) {
  const info = PROVIDERS[provider];
  const { configured } = settings.providers[provider];
  const headingId = useId();
  const [testing, setTesting] = useState(false);
  const [result, setResult] = useState<ConnectionResult | null>(null);

  const test = async () => {
    setTesting(true);
    setResult(null);
    try {
      setResult(await api.testConnection(provider));
    } catch (cause) {
      setResult({ ok: false, message: errorMessage(cause) });
    } finally {
      setTesting(false);
    }
  };

  return (
    <article
      className={`card ${styles.provider}`}
      aria-labelledby={headingId}
      data-testid={`provider-${provider}`}
    >
      <header className={styles.providerHead}>
        <h3 id={headingId}>{info.name}</h3>
        <span className={configured ? "badge badge-accent" : "badge"}>
          {configured && <span className="dot" aria-hidden="true" />}
          {configured ? "Configured" : "Not configured"}
        </span>
      </header>
      <p className="muted">{info.makes}</p>
      <ProviderSetup provider={provider} settings={settings} />
      <button
        type="button"
        className={`btn btn-sm ${styles.testButton}`}
        onClick={() => void test()}
        disabled={testing}
        aria-describedby={`${headingId}-result`}
      >
        <Icon name="refresh" size={14} />
        {testing ? "Testing…" : "Test connection"}
      </button>
      <p
        id={`${headingId}-result`}
        role="status"
        className={result?.ok ? styles.testOk : styles.testFailed}
        data-testid="connection-result"
      >
        {result && <Icon name={result.ok ? "check" : "alert"} size={14} />}
        {result?.message}
      </p>
    </article>
  );
}

/** How the provider is (or would be) set up on the server, without any secret. */
function ProviderSetup({ provider, settings }: ProviderCardProps) {
  if (provider === "offline") {
    return <p className="hint">Built in and free: everything renders on this server.</p>;
  }
  const { configured } = settings.providers[provider];
  const envVar = <code className="mono">{PROVIDERS[provider].envVar}</code>;
  return (
    <div className={styles.setup}>
      <p className="hint">
        {configured ? (
          <>Using {envVar} from the server's environment.</>
        ) : (
          <>Set {envVar} on the server and restart it.</>
        )}
      </p>
      {provider === "openai" && (
        <p className="hint">
          {settings.providers.openai.baseURL ? (
            <>
              Compatible server at <span className="mono">{settings.providers.openai.baseURL}</span>
            </>
          ) : (
            <>
              Optional: <code className="mono">OPENAI_BASE_URL</code> for an OpenAI-compatible
              server (Ollama, LM Studio).
            </>
          )}
        </p>
      )}
      {provider === "replicate" && configured && (
        <p className="hint">
          {settings.providers.replicate.webhook ? (
            "Webhooks on: finished predictions call back at once."
          ) : (
            <>
              Polling for results. Set <code className="mono">REPLICATE_WEBHOOK_SECRET</code> and{" "}
              <code className="mono">PUBLIC_URL</code> for webhooks.
            </>
          )}
        </p>
      )}
    </div>
  );
}
