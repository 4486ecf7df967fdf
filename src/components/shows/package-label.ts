/** Parts of a show's package made, of those promised (the server's `packageProgress`). */
export interface PackageCount {
  made: number;
  promised: number;
}

export const isComplete = ({ made, promised }: PackageCount): boolean => made >= promised;

export function packagePercent({ made, promised }: PackageCount): number {
  return promised > 0 ? Math.floor((made / promised) * 100) : 0;
}

/**
 * "Complete" only when every promised part exists; otherwise the share, rounded down so 99.6 %
 * never reads as 100 %.
 */
export function packageBadge(progress: PackageCount): string {
  return isComplete(progress) ? "Complete" : `${packagePercent(progress)}% complete`;
}
