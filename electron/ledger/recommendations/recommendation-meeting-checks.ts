import type { StatusChange } from '../../../shared/domain/recommendation';
import type { LifecycleProblem } from '../../../shared/domain/recommendation-lifecycle';
import type { ProblemParams } from '../../../shared/errors';
import type { ProblemReason } from '../../../shared/problem-reasons';
import type { Executor } from '../database';
import { findMeetingForRecommendation, type MeetingForRecommendation } from './meeting-lookup';

function invalid(path: string, message: string, reason: ProblemReason, params?: ProblemParams): LifecycleProblem {
  return { code: 'invalid_input', path, message, reason, ...(params ? { params } : {}) };
}

async function plenaryProblem(
  db: Executor,
  path: string,
  id: number,
): Promise<{ meeting?: MeetingForRecommendation; problem?: LifecycleProblem }> {
  const meeting = await findMeetingForRecommendation(db, id);
  if (!meeting)
    return { problem: invalid(path, `meeting ${id} does not exist in the ledger`, 'recommendation.meetingMissing') };
  const named = { title: meeting.title, heldOn: meeting.heldOn };
  if (meeting.kind !== 'plenary') {
    return {
      problem: invalid(
        path,
        `must be a plenary: "${meeting.title}" is not one, and only the plenary decides recommendations`,
        'recommendation.notAPlenary',
        named,
      ),
    };
  }
  if (meeting.status === 'cancelled') {
    return { problem: invalid(path, `"${meeting.title}" was cancelled`, 'recommendation.meetingCancelled', named) };
  }
  return { meeting };
}

/** The meetings a status change names must be real plenaries, and a deferral must go forward in time. */
export async function meetingProblems(db: Executor, change: StatusChange): Promise<LifecycleProblem[]> {
  const problems: LifecycleProblem[] = [];
  const at = change.meetingId === null ? {} : await plenaryProblem(db, 'meetingId', change.meetingId);
  if (at.problem) problems.push(at.problem);
  if (change.deferredToMeetingId !== null) {
    const to = await plenaryProblem(db, 'deferredToMeetingId', change.deferredToMeetingId);
    if (to.problem) problems.push(to.problem);
    else if (at.meeting && to.meeting && to.meeting.heldOn <= at.meeting.heldOn) {
      problems.push(
        invalid(
          'deferredToMeetingId',
          `must be held after ${at.meeting.heldOn}, when it was deferred`,
          'recommendation.deferredToSameMeeting',
        ),
      );
    }
  }
  return problems;
}
