import type { ErrorCode, FieldIssue, ProblemParams } from '../shared/errors';
import type { ProblemReason } from '../shared/problem-reasons';

/** A foreseeable outcome the renderer words in the coordinator's language. */
export interface Problem {
  reason: ProblemReason;
  params?: ProblemParams;
}

/**
 * An expected failure. `message` is English for logs and API callers; `problem` (reason and params)
 * is what the renderer translates, naming things as the coordinator knows them (titles and dates, not ids).
 */
export class DomainError extends Error {
  readonly reason: ProblemReason | undefined;
  readonly params: ProblemParams;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    problem?: Problem,
  ) {
    super(message);
    this.name = 'DomainError';
    this.reason = problem?.reason;
    this.params = problem?.params ?? {};
  }
}

/** Things the coordinator can open and that may be gone (withdrawn, removed, or a stale link). */
export type MissingThing =
  | 'member'
  | 'meeting'
  | 'minutes'
  | 'agendaItem'
  | 'actionItem'
  | 'booking'
  | 'organisation'
  | 'workingGroup'
  | 'membership'
  | 'recommendation'
  | 'followUp'
  | 'backup'
  | 'vote'
  | 'agreement'
  | 'fundingEntry'
  | 'release';

const englishNames: Record<MissingThing, string> = {
  member: 'Member',
  meeting: 'Meeting',
  minutes: 'Minutes',
  agendaItem: 'Agenda item',
  actionItem: 'Action item',
  booking: 'Booking',
  organisation: 'Organisation',
  workingGroup: 'Working group',
  membership: 'Membership',
  recommendation: 'Recommendation',
  followUp: 'Follow-up',
  backup: 'Backup',
  vote: 'Vote',
  agreement: 'Funding agreement',
  fundingEntry: 'Entry of a funding agreement',
  release: 'Release',
};

export function notFound(thing: MissingThing, id: number | string): DomainError {
  return new DomainError('not_found', `${englishNames[thing]} ${id} does not exist in the ledger`, [], {
    reason: `notFound.${thing}`,
  });
}
