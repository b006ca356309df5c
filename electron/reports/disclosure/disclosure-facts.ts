import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';

/**
 * The true figures behind every atom an audit may name, read from the ledger
 * (disclosure-facts-query.ts) or written by hand in tests.
 */
export interface DisclosureFacts {
  readonly truth: ReadonlyMap<string, number>;
  /** Held meetings of each quarter the audit involves: per-meeting atoms exist for each of them. */
  readonly heldMeetingsByQuarter: ReadonlyMap<string, readonly number[]>;
  /** The quarter of every held meeting the cells name; a meeting not held belongs to none. */
  readonly quarterOfHeldMeeting: ReadonlyMap<number, string>;
  /** Members of each category at some time in each quarter involved: which rows a document folds. */
  readonly membersDuringQuarter: ReadonlyMap<string, ReadonlyMap<StakeholderCategory, number>>;
}

