import type { ImplementationStatus, RecommendationStatus, StatusChange } from './recommendation';
import type { VoteResult } from './vote-rules';
import type { ProblemParams } from '../errors';
import type { ProblemReason } from '../problem-reasons';

/**
 * Where a recommendation may go from each status. Adopted and rejected are final: after adoption the
 * story continues as follow-up (sent to whom, response, implementation), not as a status.
 */
export const nextStatuses: Readonly<Record<RecommendationStatus, readonly RecommendationStatus[]>> = {
  draft: ['tabled'],
  tabled: ['adopted', 'rejected', 'deferred', 'referred_back'],
  // At the meeting it was deferred to, it is up for decision again without being tabled twice.
  deferred: ['tabled', 'adopted', 'rejected', 'deferred', 'referred_back'],
  // The group revises its text (draft) or brings it straight back to a plenary (tabled).
  referred_back: ['draft', 'tabled'],
  adopted: [],
  rejected: [],
};

const statusWords: Record<RecommendationStatus, string> = {
  draft: 'a draft',
  tabled: 'tabled',
  adopted: 'adopted',
  rejected: 'rejected',
  deferred: 'deferred',
  referred_back: 'referred back',
};

export interface LifecycleProblem {
  code: 'illegal_transition' | 'invalid_input';
  /** The field of the request at fault, or "" for the request as a whole. */
  path: string;
  message: string;
  /** What the renderer translates; params hold codes (statuses) and ISO dates, never words. */
  reason: ProblemReason;
  params?: ProblemParams;
}

function illegal(from: RecommendationStatus, to: RecommendationStatus): LifecycleProblem {
  const allowed = nextStatuses[from];
  const hint =
    allowed.length === 0
      ? `${statusWords[from]} is final${from === 'adopted' ? '; record its follow-up instead' : ''}`
      : `from ${statusWords[from]} it can only become ${allowed.map((status) => statusWords[status]).join(', ')}`;
  return {
    code: 'illegal_transition',
    path: 'to',
    message: `A recommendation that is ${statusWords[from]} cannot become ${statusWords[to]}: ${hint}`,
    reason: 'recommendation.cannotMove',
    params: { from, to },
  };
}

export function canMove(from: RecommendationStatus, to: RecommendationStatus): boolean {
  return nextStatuses[from].includes(to);
}

export interface TransitionContext {
  from: RecommendationStatus;
  /** The date of the latest status change; history runs forward. */
  lastChangedOn: string;
}

/** Everything wrong with a status change request; an empty list means it may be recorded. */
export function checkStatusChange(
  { from, lastChangedOn }: TransitionContext,
  change: StatusChange,
): LifecycleProblem[] {
  if (!canMove(from, change.to)) return [illegal(from, change.to)];
  const problems: LifecycleProblem[] = [];
  const invalid = (path: string, message: string, reason: ProblemReason, params?: ProblemParams) =>
    problems.push({ code: 'invalid_input', path, message, reason, ...(params ? { params } : {}) });
  if (change.to === 'draft') {
    if (change.meetingId !== null) {
      invalid('meetingId', 'must be empty when the group takes its draft back', 'recommendation.meetingMustBeEmpty');
    }
  } else if (change.meetingId === null) {
    invalid(
      'meetingId',
      change.to === 'tabled'
        ? 'must name the plenary it is tabled at'
        : `must name the meeting where it was ${statusWords[change.to]}`,
      'recommendation.meetingRequired',
    );
  }
  if (change.to === 'deferred') {
    if (change.deferredToMeetingId === null) {
      invalid('deferredToMeetingId', 'must name the meeting it is deferred to', 'recommendation.deferredToRequired');
    } else if (change.deferredToMeetingId === change.meetingId) {
      invalid('deferredToMeetingId', 'must be a later meeting than the one deferring it', 'recommendation.deferredToSameMeeting');
    }
  } else if (change.deferredToMeetingId !== null) {
    invalid('deferredToMeetingId', 'applies only when deferring', 'recommendation.deferredToOnlyWhenDeferring');
  }
  if (change.on < lastChangedOn) {
    invalid('on', `must not be before the last change, on ${lastChangedOn}`, 'recommendation.beforeLastChange', {
      date: lastChangedOn,
    });
  }
  return problems;
}

/** The status a recorded vote moves a recommendation to; a vote without quorum moves nothing. */
export function statusAfterVote(result: VoteResult): RecommendationStatus | null {
  if (result === 'carried') return 'adopted';
  if (result === 'defeated') return 'rejected';
  return null;
}

/** Whether a vote may be taken on a recommendation now: only one before the plenary. */
export function voteProblem(status: RecommendationStatus): LifecycleProblem | null {
  if (status === 'tabled' || status === 'deferred') return null;
  const advice = status === 'draft' || status === 'referred_back' ? '; table it at the plenary first' : '';
  return {
    code: 'illegal_transition',
    path: 'recommendationId',
    message: `A vote cannot be taken on a recommendation that is ${statusWords[status]}${advice}`,
    reason: 'recommendation.notUpForVote',
    params: { status },
  };
}

/** Follow-up and implementation belong to adopted recommendations only. */
export function followUpProblem(status: RecommendationStatus): LifecycleProblem | null {
  if (status === 'adopted') return null;
  return {
    code: 'illegal_transition',
    path: '',
    message: `Follow-up is recorded only for adopted recommendations; this one is ${statusWords[status]}`,
    reason: 'recommendation.notAdopted',
    params: { status },
  };
}

export function implementationProblem(
  status: RecommendationStatus,
  current: ImplementationStatus | null,
  next: ImplementationStatus,
): LifecycleProblem | null {
  const notAdopted = followUpProblem(status);
  if (notAdopted) return notAdopted;
  if (current === next)
    return {
      code: 'invalid_input',
      path: 'status',
      message: `is already ${next.replaceAll('_', ' ')}`,
      reason: 'recommendation.implementationUnchanged',
      params: { status: next },
    };
  return null;
}

/** Text may change only while the group holds it; once tabled, the plenary decides on fixed words. */
export function editProblem(status: RecommendationStatus): LifecycleProblem | null {
  if (status === 'draft' || status === 'referred_back') return null;
  return {
    code: 'illegal_transition',
    path: '',
    message: `A recommendation that is ${statusWords[status]} cannot be edited; only drafts and recommendations referred back can`,
    reason: 'recommendation.notEditable',
    params: { status },
  };
}
