import type { AmendmentDraft, Minutes } from '../../../shared/domain/minutes';
import { todayIsoDate } from '../../../shared/domain/dates';
import { DomainError } from '../../domain-error';
import { diffFields } from '../audit/audit-log';
import type { Ledger } from '../ledger';
import { requireMeeting } from './meeting-reads';
import { approveMinutesIn } from './minutes-approval';
import { readMinutes, refuseTransition, requireMinutes, requireSectionOf } from './minutes-guards';
import { insertAmendment, setMinutesStatus } from './minutes-repository';

export async function circulateMinutes(ledger: Ledger, minutesId: number, circulatedOn: string): Promise<Minutes> {
  return ledger.write('minutes.circulate', async (trx, audit) => {
    const row = await requireMinutes(trx, minutesId);
    refuseTransition(row.status, 'circulated');
    const meeting = await requireMeeting(trx, row.meeting_id);
    if (circulatedOn < meeting.heldOn) {
      const problem = { reason: 'minutes.circulatedBeforeMeeting', params: { heldOn: meeting.heldOn } } as const;
      throw new DomainError(
        'invalid_input',
        `Minutes cannot be circulated before the meeting was held (${meeting.heldOn}).`,
        [{ path: 'circulatedOn', message: `must be on or after ${meeting.heldOn}`, ...problem }],
        problem,
      );
    }
    await setMinutesStatus(
      trx,
      minutesId,
      { status: 'circulated', circulated_on: circulatedOn },
      ledger.now().toISOString(),
    );
    audit.record({
      entityType: 'minutes',
      entityId: minutesId,
      changes: diffFields({ status: row.status }, { status: 'circulated', circulatedOn }),
    });
    return readMinutes(trx, minutesId);
  });
}

export async function returnMinutesToDraft(ledger: Ledger, minutesId: number): Promise<Minutes> {
  return ledger.write('minutes.returnToDraft', async (trx, audit) => {
    const row = await requireMinutes(trx, minutesId);
    refuseTransition(row.status, 'draft');
    await setMinutesStatus(trx, minutesId, { status: 'draft', circulated_on: null }, ledger.now().toISOString());
    audit.record({
      entityType: 'minutes',
      entityId: minutesId,
      changes: diffFields({ status: row.status }, { status: 'draft' }),
    });
    return readMinutes(trx, minutesId);
  });
}

export async function approveMinutes(ledger: Ledger, minutesId: number, approvedAtMeetingId: number): Promise<Minutes> {
  return ledger.write('minutes.approve', async (trx, audit) => {
    const request = {
      minutesId,
      approvedAtMeetingId,
      today: todayIsoDate(ledger.now()),
      at: ledger.now().toISOString(),
      voteId: null,
    };
    await approveMinutesIn(trx, audit, request);
    return readMinutes(trx, minutesId);
  });
}

export async function amendMinutes(ledger: Ledger, minutesId: number, amendment: AmendmentDraft): Promise<Minutes> {
  return ledger.write('minutes.amend', async (trx, audit) => {
    const row = await requireMinutes(trx, minutesId);
    if (row.status !== 'approved') {
      throw new DomainError(
        'illegal_transition',
        'Only approved minutes take amendments; minutes still in draft or circulated can be edited directly.',
        [],
        { reason: 'minutes.notApprovedForAmendment' },
      );
    }
    if (amendment.sectionId !== null) await requireSectionOf(trx, amendment.sectionId, minutesId);
    if (row.approved_on && amendment.amendedOn < row.approved_on) {
      const problem = { reason: 'minutes.amendmentBeforeApproval', params: { approvedOn: row.approved_on } } as const;
      throw new DomainError('invalid_input', `An amendment cannot be dated before the approval (${row.approved_on}).`, [
        { path: 'amendment.amendedOn', message: `must be on or after ${row.approved_on}`, ...problem },
      ], problem);
    }
    const id = await insertAmendment(trx, minutesId, amendment, ledger.now().toISOString());
    audit.record({
      entityType: 'minutes_amendment',
      entityId: id,
      changes: diffFields(null, { minutesId, ...amendment }),
    });
    return readMinutes(trx, minutesId);
  });
}
