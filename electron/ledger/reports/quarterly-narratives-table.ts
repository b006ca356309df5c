import type { Generated } from 'kysely';

export interface QuarterlyNarrativesTable {
  /** fiscalQuarterKey: "2026-Q3" is October to December 2026. */
  quarter_key: string;
  highlights: string;
  challenges: string;
  lessons_learned: string;
  /** The same narrative in French, for the French report (empty until written). */
  highlights_fr: Generated<string>;
  challenges_fr: Generated<string>;
  lessons_learned_fr: Generated<string>;
  updated_at: string;
}
