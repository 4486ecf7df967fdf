import { PROVIDER_NAMES } from "@/lib/client/providers";
import type { SettingsView } from "@/lib/client/types";
import { ProviderCard } from "./provider-card";
import styles from "./settings.module.css";
import { SettingsSection } from "./settings-section";

export function ProvidersSection({ settings }: { settings: SettingsView }) {
  return (
    <SettingsSection
      id="providers"
      title="Providers"
      description="Keys live on the server, in its environment, and never reach the browser. Offline stays the default until you pick another."
    >
      <ul className={styles.providers}>
        {PROVIDER_NAMES.map((provider) => (
          <li key={provider}>
            <ProviderCard provider={provider} settings={settings} />
          </li>
        ))}
      </ul>
    </SettingsSection>
  );
}
