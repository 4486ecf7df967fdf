import type { AssetType } from "@/lib/client/types";
import { ASSET_TYPES, PROVIDERS, type SettingsDraft } from "./settings-draft";
import styles from "./settings-drawer.module.css";

interface ProviderFieldsProps {
  draft: SettingsDraft;
  onChange: (type: AssetType, field: "provider" | "model", value: string) => void;
}

export function ProviderFields({ draft, onChange }: ProviderFieldsProps) {
  return (
    <section className={styles.group}>
      <h3 className="eyebrow">Providers</h3>
      <p className="hint">
        Offline is built in and free. Other providers work once their API key is set on the server.
      </p>
      {ASSET_TYPES.map(({ type, label }) => (
        <fieldset key={type} className={styles.providerRow}>
          <legend className="label">{label}</legend>
          <label className="field">
            <span className="visually-hidden">{label} provider</span>
            <select
              className="select"
              value={draft.providers[type].provider}
              onChange={(event) => onChange(type, "provider", event.target.value)}
            >
              {PROVIDERS.map((provider) => (
                <option key={provider.id} value={provider.id}>
                  {provider.label}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="visually-hidden">{label} model</span>
            <input
              className="input"
              value={draft.providers[type].model}
              placeholder="Model name"
              onChange={(event) => onChange(type, "model", event.target.value)}
            />
          </label>
        </fieldset>
      ))}
    </section>
  );
}
