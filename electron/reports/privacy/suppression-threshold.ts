export const defaultSuppressionThreshold = 10;
/** Below 5, a "<5" cell points at one or two people too easily; Settings cannot go lower. */
export const minimumSuppressionThreshold = 5;

/** The threshold reports use, whatever was stored: a whole number, never below the minimum. */
export function effectiveSuppressionThreshold(setting: number | null | undefined): number {
  if (setting === null || setting === undefined || !Number.isFinite(setting)) return defaultSuppressionThreshold;
  return Math.max(minimumSuppressionThreshold, Math.floor(setting));
}
