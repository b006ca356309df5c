import { plenaryTemplate, type AgendaItemDraft } from '../../../shared/domain/agenda';
import type { MeetingDraft } from '../../../shared/domain/meeting';
import type { MeetingDetail } from '../../../shared/domain/meeting-detail';
import { DomainError, notFound } from '../../domain-error';
import { diffFields } from '../audit/audit-log';
import type { Executor } from '../database';
import type { Ledger } from '../ledger';
import { findMember } from '../members/member-repository';
import { findWorkingGroup } from '../working-groups/working-group-repository';
import {
  appendAgendaItems,
  deleteAgendaItem,
  findAgendaItemMeeting,
  listAgenda,
  setAgendaOrder,
  updateAgendaItemRow,
} from './agenda-repository';
import { insertMeeting, setMeetingStatus, updateMeetingRow } from './meeting-repository';
import { readMeetingDetail, readReadiness, requireMeeting } from './meeting-reads';
import { todayIsoDate } from '../../../shared/domain/dates';

/**
 * meetings.working_group_id has no foreign key (SQLite cannot add one to an existing column without
 * rebuilding the meetings table, which most of the meetings and votes tables reference), so the link is checked here,
 * inside the same transaction as the write.
 */
async function checkWorkingGroup(db: Executor, draft: MeetingDraft): Promise<void> {
  if (draft.workingGroupId === null) return;
  if (!(await findWorkingGroup(db, draft.workingGroupId))) {
    throw new DomainError('invalid_input', `Working group: group ${draft.workingGroupId} does not exist`, [
      { path: 'meeting.workingGroupId', message: 'is not a working group in the ledger', reason: 'workingGroup.missing' },
    ]);
  }
}

function meetingFields(detail: { meeting: MeetingDraft }): Record<string, unknown> {
  return { ...detail.meeting };
}

export async function createMeeting(
  ledger: Ledger,
  draft: MeetingDraft,
  options: { useTemplate: boolean; templateLanguage: 'en' | 'fr' },
): Promise<MeetingDetail> {
  return ledger.write('meetings.create', async (trx, audit) => {
    await checkWorkingGroup(trx, draft);
    const at = ledger.now().toISOString();
    const id = await insertMeeting(trx, draft, at);
    if (options.useTemplate && draft.kind === 'plenary') {
      await appendAgendaItems(
        trx,
        id,
        plenaryTemplate.map((item) => ({
          kind: item.kind,
          title: item.title[options.templateLanguage],
          presenterMemberId: null,
          plannedMinutes: item.plannedMinutes,
        })),
        at,
      );
    }
    audit.record({ entityType: 'meeting', entityId: id, changes: diffFields(null, meetingFields({ meeting: draft })) });
    return readMeetingDetail(trx, id);
  });
}

export async function updateMeeting(ledger: Ledger, id: number, draft: MeetingDraft): Promise<MeetingDetail> {
  return ledger.write('meetings.update', async (trx, audit) => {
    const before = await requireMeeting(trx, id);
    await checkWorkingGroup(trx, draft);
    await updateMeetingRow(trx, id, draft, ledger.now().toISOString());
    const after = await requireMeeting(trx, id);
    const { createdAt: _c, updatedAt: _u, quarter: _q, ...beforeFields } = before;
    const { createdAt: _c2, updatedAt: _u2, quarter: _q2, ...afterFields } = after;
    audit.record({ entityType: 'meeting', entityId: id, changes: diffFields(beforeFields, afterFields) });
    return readMeetingDetail(trx, id);
  });
}

/**
 * A meeting is recorded as held once its date has come and its roll call shows people were there;
 * anything else would put a meeting that did not happen into the quarterly report.
 */
export async function markMeetingHeld(ledger: Ledger, id: number): Promise<MeetingDetail> {
  return ledger.write('meetings.markHeld', async (trx, audit) => {
    const before = await requireMeeting(trx, id);
    const named = { title: before.title, heldOn: before.heldOn };
    if (before.status === 'held') return readMeetingDetail(trx, id);
    if (before.status === 'cancelled' || before.heldOn > todayIsoDate(ledger.now())) {
      throw new DomainError('illegal_transition', `"${before.title}" (${before.heldOn}) has not taken place yet.`, [], {
        reason: 'meeting.heldInFuture',
        params: named,
      });
    }
    if ((await readReadiness(trx, before)).attendeesPresent === 0) {
      throw new DomainError('illegal_transition', `Take the roll call of "${before.title}" before marking it as held.`, [], {
        reason: 'meeting.heldWithoutRollCall',
        params: named,
      });
    }
    await setMeetingStatus(trx, id, 'held', ledger.now().toISOString());
    audit.record({ entityType: 'meeting', entityId: id, changes: diffFields({ status: before.status }, { status: 'held' }) });
    return readMeetingDetail(trx, id);
  });
}

async function checkPresenter(db: Executor, item: AgendaItemDraft): Promise<void> {
  if (item.presenterMemberId === null) return;
  if (!(await findMember(db, item.presenterMemberId))) {
    throw new DomainError('invalid_input', `Presenter: member ${item.presenterMemberId} does not exist`, [
      { path: 'item.presenterMemberId', message: 'is not a member in the ledger', reason: 'meeting.presenterMissing' },
    ]);
  }
}

export async function addAgendaItem(ledger: Ledger, meetingId: number, item: AgendaItemDraft): Promise<MeetingDetail> {
  return ledger.write('meetings.agenda.add', async (trx, audit) => {
    await requireMeeting(trx, meetingId);
    await checkPresenter(trx, item);
    const [id] = await appendAgendaItems(trx, meetingId, [item], ledger.now().toISOString());
    audit.record({
      entityType: 'agenda_item',
      entityId: id ?? null,
      changes: diffFields(null, { meetingId, ...item }),
    });
    return readMeetingDetail(trx, meetingId);
  });
}

async function requireItemMeeting(db: Executor, itemId: number): Promise<number> {
  const meetingId = await findAgendaItemMeeting(db, itemId);
  if (meetingId === undefined) throw notFound('agendaItem', itemId);
  return meetingId;
}

export async function updateAgendaItem(ledger: Ledger, itemId: number, item: AgendaItemDraft): Promise<MeetingDetail> {
  return ledger.write('meetings.agenda.update', async (trx, audit) => {
    const meetingId = await requireItemMeeting(trx, itemId);
    await checkPresenter(trx, item);
    const before = (await listAgenda(trx, meetingId)).find((existing) => existing.id === itemId);
    await updateAgendaItemRow(trx, itemId, item, ledger.now().toISOString());
    const { kind, title, presenterMemberId, plannedMinutes } = before ?? item;
    audit.record({
      entityType: 'agenda_item',
      entityId: itemId,
      changes: diffFields({ kind, title, presenterMemberId, plannedMinutes }, { ...item }),
    });
    return readMeetingDetail(trx, meetingId);
  });
}

export async function removeAgendaItem(ledger: Ledger, itemId: number): Promise<MeetingDetail> {
  return ledger.write('meetings.agenda.remove', async (trx, audit) => {
    const meetingId = await requireItemMeeting(trx, itemId);
    await deleteAgendaItem(trx, itemId);
    const remaining = (await listAgenda(trx, meetingId)).map((item) => item.id);
    await setAgendaOrder(trx, meetingId, remaining, ledger.now().toISOString());
    audit.record({ entityType: 'agenda_item', entityId: itemId, changes: { removed: { from: false, to: true } } });
    return readMeetingDetail(trx, meetingId);
  });
}

export async function reorderAgenda(
  ledger: Ledger,
  meetingId: number,
  itemIds: readonly number[],
): Promise<MeetingDetail> {
  return ledger.write('meetings.agenda.reorder', async (trx, audit) => {
    await requireMeeting(trx, meetingId);
    const current = (await listAgenda(trx, meetingId)).map((item) => item.id);
    const sameSet =
      itemIds.length === current.length &&
      new Set(itemIds).size === itemIds.length &&
      itemIds.every((id) => current.includes(id));
    if (!sameSet) {
      throw new DomainError(
        'conflict',
        'The agenda changed since it was shown (the new order must list each of its items exactly once). Reload and try again.',
        [{ path: 'itemIds', message: "must list each of the meeting's agenda items exactly once" }],
        { reason: 'agenda.reorderMismatch' },
      );
    }
    await setAgendaOrder(trx, meetingId, itemIds, ledger.now().toISOString());
    audit.record({
      entityType: 'meeting',
      entityId: meetingId,
      changes: { agendaOrder: { from: current, to: itemIds } },
    });
    return readMeetingDetail(trx, meetingId);
  });
}
