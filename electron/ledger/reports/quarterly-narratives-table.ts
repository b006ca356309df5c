export interface QuarterlyNarrativesTable {
  /** fiscalQuarterKey: "2026-Q3" is October to December 2026. */
  quarter_key: string;
  highlights: string;
  challenges: string;
  lessons_learned: string;
  updated_at: string;
}
