"use client";

import { type ReactNode, useState } from "react";
import { useSlotState } from "@/hooks/use-slot-task";
import type { Asset } from "@/lib/client/types";
import { Icon, type IconName } from "../ui/icon";
import { AssetMedia } from "./asset-media";
import { AssetMeta } from "./asset-meta";
import { lowerFirst } from "./asset-meta-text";
import styles from "./asset-slot.module.css";
import { GenerateButton } from "./generate-button";
import { SlotStatus } from "./slot-status";
import { VersionStrip } from "./version-strip";

export interface AssetSlotProps {
  showId: string;
  kind: string;
  target?: string | null;
  asset: Asset | null;
  versions?: Asset[];
  label: string;
  generateLabel: string;
  aspect: "2/3" | "16/9" | "9/16" | "1/1" | "4/5" | "auto";
  icon: IconName;
  emptyHint?: string;
  /** Why Generate cannot run yet (e.g. "Needs a dossier"); disables the button. */
  blockedBy?: string;
  extraActions?: ReactNode;
  /** For videos: an image to show before playing. */
  posterUrl?: string;
  /** For videos: captions (WebVTT) of the current asset, not of older versions. */
  captionsUrl?: string;
  /**
   * Another control makes this asset (the trailer editor's "Cut trailer", with what it makes and
   * costs): the slot offers no Generate of its own, only the link to a task in progress.
   */
  madeElsewhere?: boolean;
}

/** One generated asset with its live state: empty, queued, running, done (with versions), failed. */
export function AssetSlot(props: AssetSlotProps) {
  const { showId, kind, target = null, asset, versions = [], aspect } = props;
  const state = useSlotState(showId, kind, target, asset);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const shown = versions.find((version) => version.id === selectedId) ?? asset;
  const busy = state.kind === "active" || state.kind === "finishing";

  return (
    <div
      className={styles.slot}
      data-testid={`slot-${kind}`}
      data-target={target ?? undefined}
      data-state={state.kind}
      data-task-id={"task" in state ? state.task?.id : undefined}
    >
      <div className={styles.frame} style={{ aspectRatio: frameAspect(aspect, shown) }}>
        {shown ? (
          <AssetMedia
            asset={shown}
            label={props.label}
            posterUrl={props.posterUrl}
            captionsUrl={shown.id === asset?.id ? props.captionsUrl : undefined}
          />
        ) : (
          <div className={styles.placeholder}>
            <Icon name={props.icon} size={28} />
            <span>
              {busy ? "Generating…" : (props.emptyHint ?? `No ${lowerFirst(props.label)} yet`)}
            </span>
          </div>
        )}
        {busy && shown && <div className={styles.veil} aria-hidden="true" />}
      </div>
      <SlotStatus state={state} />
      <div className={styles.actions}>
        {(!props.madeElsewhere || busy) && (
          <GenerateButton
            showId={showId}
            kind={kind}
            target={target}
            state={state}
            label={props.generateLabel}
            disabled={Boolean(props.blockedBy)}
            disabledReason={props.blockedBy}
          />
        )}
        {props.extraActions}
      </div>
      {props.blockedBy && state.kind === "empty" && <p className="hint">{props.blockedBy}</p>}
      {shown && <AssetMeta asset={shown} version={versionNumber(versions, shown)} />}
      <VersionStrip
        versions={versions}
        currentId={asset?.id ?? null}
        selectedId={shown?.id ?? null}
        label={props.label}
        onSelect={(id) => setSelectedId(id === asset?.id ? null : id)}
      />
    </div>
  );
}

/** An asset's place among its versions, oldest first (the version strip's numbering). */
function versionNumber(versions: Asset[], asset: Asset): number {
  const older = versions.filter(
    (version) => Date.parse(version.createdAt) < Date.parse(asset.createdAt),
  );
  return older.length + 1;
}

/** "auto" frames take the asset's own shape (the grid's height depends on the cast size). */
function frameAspect(aspect: AssetSlotProps["aspect"], asset: Asset | null): string {
  if (aspect !== "auto") {
    return aspect;
  }
  return asset?.width && asset.height ? `${asset.width}/${asset.height}` : "3/2";
}
