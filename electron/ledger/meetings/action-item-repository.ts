import type { ActionItem, ActionItemDraft } from '../../../shared/domain/minutes';
import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import { nameOnAgenda } from '../../../shared/domain/worker-safe-name';
import type { Executor } from '../database';
import { closedOnAfter } from './action-item-closing';

export async function listActionItems(
  db: Executor,
  filter: { minutesId: number | null; openOnly: boolean },
): Promise<ActionItem[]> {
  let query = db
    .selectFrom('action_items')
    .innerJoin('minutes', 'minutes.id', 'action_items.minutes_id')
    .innerJoin('meetings', 'meetings.id', 'minutes.meeting_id')
    .leftJoin('members', 'members.id', 'action_items.owner_member_id')
    .selectAll('action_items')
    .select([
      'meetings.id as meeting_id',
      'meetings.title as meeting_title',
      'members.display_name',
      'members.alias',
      'members.category',
      'members.may_be_named',
      'members.withdrawn_at',
    ]);
  if (filter.minutesId !== null) query = query.where('action_items.minutes_id', '=', filter.minutesId);
  if (filter.openOnly) query = query.where('action_items.status', '!=', 'done');
  const rows = await query
    // Items without a due date come last: the Dashboard lists what is due soonest first.
    .orderBy((eb) => eb.case().when('action_items.due_on', 'is', null).then(1).else(0).end())
    .orderBy('action_items.due_on')
    .orderBy('action_items.id')
    .execute();
  return rows.map((row) => {
    const member =
      row.owner_member_id !== null && row.display_name !== null
        ? nameOnAgenda({
            id: row.owner_member_id,
            displayName: row.display_name,
            alias: row.alias,
            category: row.category as StakeholderCategory,
            mayBeNamed: row.may_be_named === 1,
            withdrawn: row.withdrawn_at !== null,
          }).name
        : null;
    return {
      id: row.id,
      minutesId: row.minutes_id,
      meetingId: row.meeting_id,
      meetingTitle: row.meeting_title,
      sectionId: row.section_id,
      description: row.description,
      ownerMemberId: row.owner_member_id,
      owner: member ?? row.owner_name,
      ownerName: row.owner_name,
      dueOn: row.due_on,
      status: row.status,
    };
  });
}

export async function findActionItemRow(db: Executor, id: number) {
  return db.selectFrom('action_items').selectAll().where('id', '=', id).executeTakeFirst();
}

function rowFromDraft(draft: ActionItemDraft) {
  return {
    section_id: draft.sectionId,
    description: draft.description,
    owner_member_id: draft.ownerMemberId,
    owner_name: draft.ownerName,
    due_on: draft.dueOn,
    status: draft.status,
  };
}

export async function insertActionItem(
  db: Executor,
  minutesId: number,
  draft: ActionItemDraft,
  at: string,
): Promise<number> {
  const { id } = await db
    .insertInto('action_items')
    .values({
      minutes_id: minutesId,
      ...rowFromDraft(draft),
      closed_on: closedOnAfter(null, draft.status, at),
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

type ClosingState = { status: string; closed_on: string | null };

export async function updateActionItemRow(
  db: Executor,
  id: number,
  before: ClosingState,
  draft: ActionItemDraft,
  at: string,
): Promise<void> {
  await db
    .updateTable('action_items')
    .set({ ...rowFromDraft(draft), closed_on: closedOnAfter(before, draft.status, at), updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function setActionItemStatus(
  db: Executor,
  id: number,
  before: ClosingState,
  status: ActionItemDraft['status'],
  at: string,
): Promise<void> {
  await db
    .updateTable('action_items')
    .set({ status, closed_on: closedOnAfter(before, status, at), updated_at: at })
    .where('id', '=', id)
    .execute();
}
