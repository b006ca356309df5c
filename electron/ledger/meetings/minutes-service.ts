import type { ActionItem, ActionItemDraft, Minutes } from '../../../shared/domain/minutes';
import { DomainError, notFound } from '../../domain-error';
import { diffFields } from '../audit/audit-log';
import type { Executor } from '../database';
import type { Ledger } from '../ledger';
import {
  findActionItemRow,
  insertActionItem,
  listActionItems,
  setActionItemStatus,
  updateActionItemRow,
} from './action-item-repository';
import { listAgenda } from './agenda-repository';
import { requireMeeting } from './meeting-reads';
import { readMinutes, refuseIfLocked, requireMemberField, requireMinutes, requireSectionOf } from './minutes-guards';
import {
  findMinutesIdForMeeting,
  insertMinutesFromAgenda,
  insertTestimony,
  touchMinutes,
  updateSectionText,
} from './minutes-repository';

export async function startMinutes(ledger: Ledger, meetingId: number): Promise<Minutes> {
  return ledger.write('minutes.start', async (trx, audit) => {
    const meeting = await requireMeeting(trx, meetingId);
    const named = { title: meeting.title, heldOn: meeting.heldOn };
    if (meeting.status === 'cancelled') {
      throw new DomainError('conflict', 'A cancelled meeting has no minutes.', [], { reason: 'minutes.cancelledMeeting', params: named });
    }
    if ((await findMinutesIdForMeeting(trx, meetingId)) !== undefined) {
      throw new DomainError('conflict', 'Minutes for this meeting were already started.', [], {
        reason: 'minutes.alreadyStarted',
        params: named,
      });
    }
    const id = await insertMinutesFromAgenda(
      trx,
      meetingId,
      await listAgenda(trx, meetingId),
      ledger.now().toISOString(),
    );
    audit.record({ entityType: 'minutes', entityId: id, changes: diffFields(null, { meetingId, status: 'draft' }) });
    return readMinutes(trx, id);
  });
}

export async function editSection(
  ledger: Ledger,
  sectionId: number,
  edit: { notes: string; decisions: string },
): Promise<Minutes> {
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
    audit.record({
      entityType: 'minutes_testimony',
      entityId: id,
      changes: diffFields(null, { sectionId, ...testimony }),
    });
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
    if (!before) throw notFound('actionItem', id);
    refuseIfLocked(await requireMinutes(trx, before.minutes_id));
    await checkActionItem(trx, before.minutes_id, item);
    await updateActionItemRow(trx, id, before, item, ledger.now().toISOString());
    audit.record({
      entityType: 'action_item',
      entityId: id,
      changes: diffFields({ ...before }, { ...before, ...item }),
    });
    return readMinutes(trx, before.minutes_id);
  });
}

/** Following up is not editing the record of the meeting, so it stays open after approval. */
export async function changeActionItemStatus(
  ledger: Ledger,
  id: number,
  status: ActionItemDraft['status'],
): Promise<ActionItem> {
  return ledger.write('minutes.actionItems.setStatus', async (trx, audit) => {
    const before = await findActionItemRow(trx, id);
    if (!before) throw notFound('actionItem', id);
    await setActionItemStatus(trx, id, before, status, ledger.now().toISOString());
    audit.record({
      entityType: 'action_item',
      entityId: id,
      changes: diffFields({ status: before.status }, { status }),
    });
    const items = await listActionItems(trx, { minutesId: before.minutes_id, openOnly: false });
    const after = items.find((item) => item.id === id);
    if (!after) throw notFound('actionItem', id);
    return after;
  });
}
