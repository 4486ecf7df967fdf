"use client";

import { useState } from "react";
import { useSlotState } from "@/hooks/use-slot-task";
import type { ShowDetail } from "@/lib/client/types";
import { Icon } from "../ui/icon";
import { BlueprintForm } from "./blueprint-form";
import { BlueprintView } from "./blueprint-view";
import styles from "./console.module.css";
import { ConsoleSection } from "./console-section";
import { GenerateButton } from "./generate-button";
import { SectionSkeleton } from "./section-skeleton";
import { SlotStatus } from "./slot-status";

interface BlueprintSectionProps {
  show: ShowDetail;
  onChange: (show: ShowDetail) => void;
}

export function BlueprintSection({ show, onChange }: BlueprintSectionProps) {
  const state = useSlotState(show.id, "blueprint", null, Boolean(show.blueprint));
  const [editing, setEditing] = useState(false);
  const blueprint = show.blueprint;

  return (
    <ConsoleSection
      id="blueprint"
      title="Blueprint"
      description="Title, logline and the style bible every prompt follows."
      actions={
        <>
          {blueprint && !editing && (
            <button type="button" className="btn btn-sm" onClick={() => setEditing(true)}>
              <Icon name="edit" size={14} /> Edit
            </button>
          )}
          <GenerateButton showId={show.id} kind="blueprint" state={state} label="Write blueprint" />
        </>
      }
    >
      <div data-testid="slot-blueprint" data-state={state.kind} className={styles.stack}>
        <SlotStatus state={state} />
        {blueprint && editing && (
          <BlueprintForm
            showId={show.id}
            blueprint={blueprint}
            onSaved={(next) => {
              onChange(next);
              setEditing(false);
            }}
            onCancel={() => setEditing(false)}
          />
        )}
        {blueprint && !editing && <BlueprintView blueprint={blueprint} />}
        {!blueprint && (state.kind === "active" || state.kind === "finishing") && (
          <SectionSkeleton shape="text" />
        )}
        {!blueprint && state.kind === "empty" && (
          <p className="muted">No blueprint yet — write one to start the show.</p>
        )}
      </div>
    </ConsoleSection>
  );
}
