import type { ActionItem, ActionItemDraft, AmendmentDraft, Minutes } from '../../../shared/domain/minutes';
import { canEditMinutes, checkMinutesTransition, lockedMinutesMessage, type MinutesStatus } from '../../../shared/domain/minutes-state';
import { DomainError, notFound } from '../../domain-error';
import { diffFields } from '../audit/audit-log';
import type { Executor } from '../database';
import type { Ledger } from '../ledger';
import { findMember } from '../members/member-repository';
import {
  findActionItemRow,
  insertActionItem,
  listActionItems,
  setActionItemStatus,
  updateActionItemRow,
} from './action-item-repository';
import { listAgenda } from './agenda-repository';
import { requireMeeting } from './meeting-reads';
import {
  findMinutes,
  findMinutesIdForMeeting,
  findMinutesRow,
  findSection,
  insertAmendment,
  insertMinutesFromAgenda,
  insertTestimony,
  setMinutesStatus,
  touchMinutes,
  updateSectionText,
} from './minutes-repository';
import type { MinutesRow } from './minutes-table';

async function requireMinutes(db: Executor, minutesId: number): Promise<MinutesRow> {
  const row = await findMinutesRow(db, minutesId);
  if (!row) throw notFound('Minutes', minutesId);
  return row;
}

async function readMinutes(db: Executor, minutesId: number): Promise<Minutes> {
  const minutes = await findMinutes(db, minutesId);
  if (!minutes) throw notFound('Minutes', minutesId);
  return minutes;
}

function refuseIfLocked(row: MinutesRow): void {
  if (!canEditMinutes(row.status)) throw new DomainError('conflict', lockedMinutesMessage);
}

function refuseTransition(from: MinutesStatus, to: MinutesStatus): void {
  const check = checkMinutesTransition(from, to);
  if (!check.allowed) throw new DomainError('illegal_transition', check.message);
}

async function requireSectionOf(db: Executor, sectionId: number, minutesId?: number) {
  const section = await findSection(db, sectionId);
  if (!section || (minutesId !== undefined && section.minutes_id !== minutesId)) {
    throw new DomainError('invalid_input', `Section ${sectionId} is not part of these minutes`, [
      { path: 'sectionId', message: 'is not a section of these minutes' },
    ]);
  }
  return section;
}

async function requireMemberField(db: Executor, memberId: number | null, path: string): Promise<void> {
  if (memberId !== null && !(await findMember(db, memberId))) {
    throw new DomainError('invalid_input', `Member ${memberId} does not exist`, [{ path, message: 'is not a member in the ledger' }]);
  }
}

export async function startMinutes(ledger: Ledger, meetingId: number): Promise<Minutes> {
  return ledger.write('minutes.start', async (trx, audit) => {
    const meeting = await requireMeeting(trx, meetingId);
    if (meeting.status === 'cancelled') throw new DomainError('conflict', 'A cancelled meeting has no minutes.');
    if ((await findMinutesIdForMeeting(trx, meetingId)) !== undefined) {
      throw new DomainError('conflict', 'Minutes for this meeting were already started.');
    }
    const id = await insertMinutesFromAgenda(trx, meetingId, await listAgenda(trx, meetingId), ledger.now().toISOString());
    audit.record({ entityType: 'minutes', entityId: id, changes: diffFields(null, { meetingId, status: 'draft' }) });
    return readMinutes(trx, id);
  });
}

export async function editSection(ledger: Ledger, sectionId: number, edit: { notes: string; decisions: string }): Promise<Minutes> {
  return ledger.write('minutes.section.update', async (trx, audit) => {
    const section = await requireSectionOf(trx, sectionId);
    refuseIfLocked(await requireMinutes(trx, section.minutes_id));
    await updateSectionText(trx, sectionId, edit);
    await touchMinutes(trx, section.minutes_id, ledger.now().toISOString());
    audit.record({
      entityType: 'minutes_section',
      entityId: sectionId,
      changes: diffFields({ notes: section.notes, decisions: section.decisions }, edit),
    });
    return readMinutes(trx, section.minutes_id);
  });
}

export async function addTestimony(
  ledger: Ledger,
  sectionId: number,
  testimony: { memberId: number | null; summary: string },
): Promise<Minutes> {
  return ledger.write('minutes.testimony.add', async (trx, audit) => {
    const section = await requireSectionOf(trx, sectionId);
    refuseIfLocked(await requireMinutes(trx, section.minutes_id));
    await requireMemberField(trx, testimony.memberId, 'testimony.memberId');
    const id = await insertTestimony(trx, sectionId, testimony, ledger.now().toISOString());
    audit.record({ entityType: 'minutes_testimony', entityId: id, changes: diffFields(null, { sectionId, ...testimony }) });
    return readMinutes(trx, section.minutes_id);
  });
}

async function checkActionItem(db: Executor, minutesId: number, item: ActionItemDraft): Promise<void> {
  if (item.sectionId !== null) await requireSectionOf(db, item.sectionId, minutesId);
  await requireMemberField(db, item.ownerMemberId, 'item.ownerMemberId');
}

export async function addActionItem(ledger: Ledger, minutesId: number, item: ActionItemDraft): Promise<Minutes> {
  return ledger.write('minutes.actionItems.add', async (trx, audit) => {
    refuseIfLocked(await requireMinutes(trx, minutesId));
    await checkActionItem(trx, minutesId, item);
    const id = await insertActionItem(trx, minutesId, item, ledger.now().toISOString());
    audit.record({ entityType: 'action_item', entityId: id, changes: diffFields(null, { minutesId, ...item }) });
    return readMinutes(trx, minutesId);
  });
}

export async function updateActionItem(ledger: Ledger, id: number, item: ActionItemDraft): Promise<Minutes> {
  return ledger.write('minutes.actionItems.update', async (trx, audit) => {
    const before = await findActionItemRow(trx, id);
    if (!before) throw notFound('Action item', id);
    refuseIfLocked(await requireMinutes(trx, before.minutes_id));
    await checkActionItem(trx, before.minutes_id, item);
    await updateActionItemRow(trx, id, item, ledger.now().toISOString());
    audit.record({ entityType: 'action_item', entityId: id, changes: diffFields({ ...before }, { ...before, ...item }) });
    return readMinutes(trx, before.minutes_id);
  });
}

/** Following up is not editing the record of the meeting, so it stays open after approval. */
export async function changeActionItemStatus(ledger: Ledger, id: number, status: ActionItemDraft['status']): Promise<ActionItem> {
  return ledger.write('minutes.actionItems.setStatus', async (trx, audit) => {
    const before = await findActionItemRow(trx, id);
    if (!before) throw notFound('Action item', id);
    await setActionItemStatus(trx, id, status, ledger.now().toISOString());
    audit.record({ entityType: 'action_item', entityId: id, changes: diffFields({ status: before.status }, { status }) });
    const items = await listActionItems(trx, { minutesId: before.minutes_id, openOnly: false });
    const after = items.find((item) => item.id === id);
    if (!after) throw notFound('Action item', id);
    return after;
  });
}

export async function circulateMinutes(ledger: Ledger, minutesId: number, circulatedOn: string): Promise<Minutes> {
  return ledger.write('minutes.circulate', async (trx, audit) => {
    const row = await requireMinutes(trx, minutesId);
    refuseTransition(row.status, 'circulated');
    const meeting = await requireMeeting(trx, row.meeting_id);
    if (circulatedOn < meeting.heldOn) {
      throw new DomainError('invalid_input', `Minutes cannot be circulated before the meeting was held (${meeting.heldOn}).`, [
        { path: 'circulatedOn', message: `must be on or after ${meeting.heldOn}` },
      ]);
    }
    await setMinutesStatus(trx, minutesId, { status: 'circulated', circulated_on: circulatedOn }, ledger.now().toISOString());
    audit.record({ entityType: 'minutes', entityId: minutesId, changes: diffFields({ status: row.status }, { status: 'circulated', circulatedOn }) });
    return readMinutes(trx, minutesId);
  });
}

export async function returnMinutesToDraft(ledger: Ledger, minutesId: number): Promise<Minutes> {
  return ledger.write('minutes.returnToDraft', async (trx, audit) => {
    const row = await requireMinutes(trx, minutesId);
    refuseTransition(row.status, 'draft');
    await setMinutesStatus(trx, minutesId, { status: 'draft', circulated_on: null }, ledger.now().toISOString());
    audit.record({ entityType: 'minutes', entityId: minutesId, changes: diffFields({ status: row.status }, { status: 'draft' }) });
    return readMinutes(trx, minutesId);
  });
}

export async function approveMinutes(ledger: Ledger, minutesId: number, approvedAtMeetingId: number): Promise<Minutes> {
  return ledger.write('minutes.approve', async (trx, audit) => {
    const row = await requireMinutes(trx, minutesId);
    refuseTransition(row.status, 'approved');
    const minuted = await requireMeeting(trx, row.meeting_id);
    const approver = await requireMeeting(trx, approvedAtMeetingId);
    const refuse = (message: string) =>
      new DomainError('invalid_input', message, [{ path: 'approvedAtMeetingId', message }]);
    if (approver.status === 'cancelled') throw refuse('Minutes cannot be approved at a cancelled meeting.');
    if (approver.heldOn <= minuted.heldOn) {
      throw refuse(`Minutes are approved at a later meeting: pick one held after ${minuted.heldOn}.`);
    }
    if (row.circulated_on && approver.heldOn < row.circulated_on) {
      throw refuse(`The approving meeting must be on or after the day the minutes were circulated (${row.circulated_on}).`);
    }
    await setMinutesStatus(
      trx,
      minutesId,
      { status: 'approved', approved_at_meeting_id: approver.id, approved_on: approver.heldOn },
      ledger.now().toISOString(),
    );
    audit.record({
      entityType: 'minutes',
      entityId: minutesId,
      changes: diffFields({ status: row.status }, { status: 'approved', approvedAtMeetingId, approvedOn: approver.heldOn }),
    });
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
      );
    }
    if (amendment.sectionId !== null) await requireSectionOf(trx, amendment.sectionId, minutesId);
    if (row.approved_on && amendment.amendedOn < row.approved_on) {
      throw new DomainError('invalid_input', `An amendment cannot be dated before the approval (${row.approved_on}).`, [
        { path: 'amendment.amendedOn', message: `must be on or after ${row.approved_on}` },
      ]);
    }
    const id = await insertAmendment(trx, minutesId, amendment, ledger.now().toISOString());
    audit.record({ entityType: 'minutes_amendment', entityId: id, changes: diffFields(null, { minutesId, ...amendment }) });
    return readMinutes(trx, minutesId);
  });
}
