import type { Meeting } from '../../../shared/domain/meeting';
import type { MotionDraft } from '../../../shared/domain/motion';
import type { Recommendation } from '../../../shared/domain/recommendation';
import { voteProblem, type LifecycleProblem } from '../../../shared/domain/recommendation-lifecycle';
import type { VoteDraft } from '../../../shared/domain/vote';
import { DomainError } from '../../domain-error';
import type { Executor } from '../database';
import { approvalRefusal } from '../meetings/minutes-approval';
import { findMinutesRow } from '../meetings/minutes-repository';
import { throwIfProblems } from '../recommendations/recommendation-problems';
import { findRecommendation } from '../recommendations/recommendation-repository';
import { latestVersionNumber } from '../recommendations/recommendation-versions';
import type { CountingRoom } from './vote-checks';
import { agendaAdoptedBy } from './vote-repository';
import type { VotesTable } from './votes-table';

/** The columns that say what a vote is on, and the recommendation it concerns, once checked. */
export type MotionColumns = Pick<
  VotesTable,
  'motion_kind' | 'procedure' | 'recommendation_id' | 'text_version' | 'minutes_id' | 'motion_title' | 'motion_text'
>;

export interface CheckedMotion {
  columns: MotionColumns;
  recommendation: Recommendation | null;
}

const motionPath = 'vote.motion';

/** Mover and seconder are members present at the meeting, as the roll call stands. */
export function sponsorProblems(
  draft: Pick<VoteDraft, 'moverMemberId' | 'seconderMemberId'>,
  room: CountingRoom,
): LifecycleProblem[] {
  const present = new Set(room.present.map((entry) => entry.memberId));
  const problems: LifecycleProblem[] = [];
  if (!present.has(draft.moverMemberId)) {
    problems.push({
      code: 'invalid_input',
      path: 'moverMemberId',
      message: 'must be a member marked present at the meeting',
      reason: 'vote.moverNotPresent',
    });
  }
  if (!present.has(draft.seconderMemberId)) {
    problems.push({
      code: 'invalid_input',
      path: 'seconderMemberId',
      message: 'must be a member marked present at the meeting',
      reason: 'vote.seconderNotPresent',
    });
  }
  return problems;
}

async function recommendationUpForVote(db: Executor, recommendationId: number): Promise<Recommendation> {
  const recommendation = await findRecommendation(db, recommendationId);
  if (!recommendation) {
    const problem = { reason: 'recommendation.missing' } as const;
    throw new DomainError(
      'invalid_input',
      `Invalid vote: recommendation ${recommendationId} does not exist in the ledger`,
      [{ path: `${motionPath}.recommendationId`, message: 'does not exist in the ledger', ...problem }],
    );
  }
  throwIfProblems([voteProblem(recommendation.status)], 'vote', motionPath);
  return recommendation;
}

const none = { recommendation_id: null, text_version: null, minutes_id: null, motion_title: null, motion_text: null };

/** Checks what the motion names and returns the columns to store; throws what the coordinator must fix. */
export async function checkMotion(
  db: Executor,
  motion: MotionDraft,
  meeting: Meeting,
  today: string,
): Promise<CheckedMotion> {
  switch (motion.kind) {
    case 'recommendation': {
      const recommendation = await recommendationUpForVote(db, motion.recommendationId);
      const version = await latestVersionNumber(db, recommendation.id);
      return {
        columns: {
          ...none,
          motion_kind: 'recommendation',
          procedure: null,
          recommendation_id: recommendation.id,
          text_version: version,
        },
        recommendation,
      };
    }
    case 'amendment': {
      const recommendation = await recommendationUpForVote(db, motion.recommendationId);
      if (motion.text === recommendation.text.trim()) {
        throwIfProblems(
          [
            {
              code: 'invalid_input',
              path: 'text',
              message: 'is the text as it stands; change it',
              reason: 'vote.amendmentUnchanged',
            },
          ],
          'vote',
          motionPath,
        );
      }
      const version = await latestVersionNumber(db, recommendation.id);
      return {
        columns: {
          ...none,
          motion_kind: 'amendment',
          procedure: null,
          recommendation_id: recommendation.id,
          text_version: version,
          motion_text: motion.text,
        },
        recommendation,
      };
    }
    case 'procedural':
      if (motion.procedure === 'adopt_agenda') {
        if (await agendaAdoptedBy(db, meeting.id, null)) throw agendaAlreadyAdopted(meeting);
        return { columns: { ...none, motion_kind: 'procedural', procedure: 'adopt_agenda' }, recommendation: null };
      }
      await checkMinutesToApprove(db, motion.minutesId ?? 0, meeting, today);
      return {
        columns: { ...none, motion_kind: 'procedural', procedure: 'approve_minutes', minutes_id: motion.minutesId },
        recommendation: null,
      };
    case 'floor':
      return {
        columns: {
          ...none,
          motion_kind: 'floor',
          procedure: null,
          motion_title: motion.title,
          motion_text: motion.text,
        },
        recommendation: null,
      };
  }
}

export function agendaAlreadyAdopted(meeting: Meeting): DomainError {
  const problem = {
    reason: 'vote.agendaAlreadyAdopted',
    params: { title: meeting.title, heldOn: meeting.heldOn },
  } as const;
  return new DomainError(
    'conflict',
    `The agenda of "${meeting.title}" was already adopted by an earlier vote.`,
    [],
    problem,
  );
}

/** A motion to approve minutes is put only when the vote could approve them here: circulated, of an earlier meeting. */
async function checkMinutesToApprove(db: Executor, minutesId: number, meeting: Meeting, today: string): Promise<void> {
  if (!(await findMinutesRow(db, minutesId))) {
    const problem = { reason: 'vote.minutesMissing' } as const;
    throw new DomainError('invalid_input', `Minutes ${minutesId} do not exist in the ledger`, [
      { path: `${motionPath}.minutesId`, message: 'does not exist in the ledger', ...problem },
    ]);
  }
  const refusal = await approvalRefusal(db, { minutesId, approvedAtMeetingId: meeting.id, today }, 'vote.meetingId');
  if (refusal) throw refusal;
}
