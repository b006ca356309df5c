import type { Meeting } from '../../../shared/domain/meeting';
import { DomainError } from '../../domain-error';
import type { Executor } from '../database';

/**
 * Votes flow into their meeting's minutes, so once those minutes are approved no vote at that
 * meeting is recorded, corrected or voided: approved minutes change only through an amendment.
 */
export async function refuseIfMinutesApproved(db: Executor, meeting: Meeting): Promise<void> {
  const minutes = await db
    .selectFrom('minutes')
    .select(['status', 'approved_on'])
    .where('meeting_id', '=', meeting.id)
    .executeTakeFirst();
  if (minutes?.status !== 'approved') return;
  const approvedOn = minutes.approved_on ?? '';
  throw new DomainError(
    'illegal_transition',
    `The minutes of "${meeting.title}" (${meeting.heldOn}) were approved on ${approvedOn} and are locked, so its votes cannot change. ` +
      'Record an amendment to those minutes saying what was wrong and why.',
    [],
    { reason: 'vote.minutesApproved', params: { title: meeting.title, heldOn: meeting.heldOn, approvedOn } },
  );
}
