import { formatEstimate } from "@/lib/client/format";
import type { RunEstimate } from "@/lib/client/types";
import { ConfirmDialog } from "../ui/confirm-dialog";

interface AutopilotConfirmProps {
  open: boolean;
  estimate: RunEstimate | null;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** What autopilot will spend on paid models, asked before the first paid job starts. */
export function AutopilotConfirm({ open, estimate, onConfirm, onClose }: AutopilotConfirmProps) {
  return (
    <ConfirmDialog
      open={open}
      title="Greenlight on paid models?"
      confirmLabel="Greenlight it"
      tone="primary"
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <p>
        Autopilot writes, casts and renders everything from the premise to the trailer, then the
        first season: its plan, stills, character videos and clips. On the chosen models that is
        estimated at{" "}
        <strong data-testid="autopilot-confirm-estimate">
          {estimate ? formatEstimate(estimate.usd) : "an unknown amount"}
        </strong>
        {estimate && !estimate.complete && ", plus models without a known price"}.
      </p>
      <p className="hint">An estimate from list prices; each task records its actual cost.</p>
    </ConfirmDialog>
  );
}

/** The line under the autopilot switch: what a full run costs on the chosen models. */
export function autopilotCostNote(estimate: RunEstimate | null): string {
  if (!estimate) {
    return "";
  }
  if (estimate.usd <= 0) {
    return estimate.complete ? " · free on these models" : " · price unknown";
  }
  const about = estimate.usd < 0.01 ? "under $0.01" : `about $${estimate.usd.toFixed(2)}`;
  return ` · ${about} a run${estimate.complete ? "" : " + unpriced models"}`;
}
