"use client";

import { createContext, type ReactNode, useContext } from "react";
import { estimateLabel } from "@/lib/client/estimates";
import type { ShowDetail } from "@/lib/client/types";

type Estimates = Pick<ShowDetail, "estimates" | "settings">;

const EstimatesContext = createContext<Estimates | null>(null);

/** Gives every Generate button in a show's console that show's cost estimates. */
export function EstimatesProvider({ show, children }: { show: Estimates; children: ReactNode }) {
  return <EstimatesContext.Provider value={show}>{children}</EstimatesContext.Provider>;
}

/** "Free", "~$0.40" or "Price unknown" for one task of `kind`; null outside a show console. */
export function useCostLabel(kind: string): string | null {
  const show = useContext(EstimatesContext);
  return show ? estimateLabel(show, kind) : null;
}
