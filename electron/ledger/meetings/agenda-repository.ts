import type { AgendaItem, AgendaItemDraft, AgendaItemKind } from '../../../shared/domain/agenda';
import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import { nameOnAgenda } from '../../../shared/domain/worker-safe-name';
import type { Executor } from '../database';

export async function listAgenda(db: Executor, meetingId: number): Promise<AgendaItem[]> {
  const rows = await db
    .selectFrom('agenda_items')
    .leftJoin('members', 'members.id', 'agenda_items.presenter_member_id')
    .selectAll('agenda_items')
    .select([
      'members.display_name',
      'members.alias',
      'members.category',
      'members.may_be_named',
      'members.withdrawn_at',
    ])
    .where('agenda_items.meeting_id', '=', meetingId)
    .orderBy('agenda_items.position')
    .orderBy('agenda_items.id')
    .execute();
  return rows.map((row) => {
    const presenter =
      row.presenter_member_id !== null && row.display_name !== null
        ? nameOnAgenda({
            id: row.presenter_member_id,
            displayName: row.display_name,
            alias: row.alias,
            category: row.category as StakeholderCategory,
            mayBeNamed: row.may_be_named === 1,
            withdrawn: row.withdrawn_at !== null,
          })
        : null;
    return {
      id: row.id,
      meetingId: row.meeting_id,
      position: row.position,
      kind: row.kind as AgendaItemKind,
      title: row.title,
      presenterMemberId: row.presenter_member_id,
      presenterName: presenter?.name ?? null,
      presenterIsAlias: presenter?.isAlias ?? false,
      plannedMinutes: row.planned_minutes,
    };
  });
}

export async function findAgendaItemMeeting(db: Executor, itemId: number): Promise<number | undefined> {
  const row = await db.selectFrom('agenda_items').select('meeting_id').where('id', '=', itemId).executeTakeFirst();
  return row?.meeting_id;
}

/** Appends items after the last one. */
export async function appendAgendaItems(
  db: Executor,
  meetingId: number,
  drafts: readonly AgendaItemDraft[],
  at: string,
): Promise<number[]> {
  if (drafts.length === 0) return [];
  const { last } = await db
    .selectFrom('agenda_items')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('meeting_id', '=', meetingId)
    .executeTakeFirstOrThrow();
  const start = (last ?? 0) + 1;
  const rows = await db
    .insertInto('agenda_items')
    .values(
      drafts.map((draft, index) => ({
        meeting_id: meetingId,
        position: start + index,
        kind: draft.kind,
        title: draft.title,
        presenter_member_id: draft.presenterMemberId,
        planned_minutes: draft.plannedMinutes,
        created_at: at,
        updated_at: at,
      })),
    )
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

export async function updateAgendaItemRow(
  db: Executor,
  itemId: number,
  draft: AgendaItemDraft,
  at: string,
): Promise<void> {
  await db
    .updateTable('agenda_items')
    .set({
      kind: draft.kind,
      title: draft.title,
      presenter_member_id: draft.presenterMemberId,
      planned_minutes: draft.plannedMinutes,
      updated_at: at,
    })
    .where('id', '=', itemId)
    .execute();
}

export async function deleteAgendaItem(db: Executor, itemId: number): Promise<void> {
  await db.deleteFrom('agenda_items').where('id', '=', itemId).execute();
}

/** Positions become 1..n in the given order; the caller checks the ids are exactly the meeting's items. */
export async function setAgendaOrder(
  db: Executor,
  meetingId: number,
  orderedIds: readonly number[],
  at: string,
): Promise<void> {
  for (const [index, id] of orderedIds.entries()) {
    await db
      .updateTable('agenda_items')
      .set({ position: index + 1, updated_at: at })
      .where('id', '=', id)
      .where('meeting_id', '=', meetingId)
      .execute();
  }
}
