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
  /** The province or territory of every held meeting of heldMeetingsByQuarter. */
  readonly provinceOfHeldMeeting: ReadonlyMap<number, string>;
  /**
   * Provinces with any member, organisation or meeting (and any the cells name): every provincial
   * figure of another province is zero, so a national figure is a sum or a bound over these.
   */
  readonly provincesInUse: readonly string[];
  /** Members of each category at some time in each quarter involved: which rows a document folds. */
  readonly membersDuringQuarter: ReadonlyMap<string, ReadonlyMap<StakeholderCategory, number>>;
  /** The same within each province in use (quarter → province → category): a provincial report's folding. */
  readonly membersDuringQuarterIn: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<StakeholderCategory, number>>>;
}

/** Facts that know nothing beyond the true figures: a document checked on its own. */
export function factsOfTruth(truth: ReadonlyMap<string, number>): DisclosureFacts {
  return {
    truth,
    heldMeetingsByQuarter: new Map(),
    quarterOfHeldMeeting: new Map(),
    provinceOfHeldMeeting: new Map(),
    provincesInUse: [],
    membersDuringQuarter: new Map(),
    membersDuringQuarterIn: new Map(),
  };
}
