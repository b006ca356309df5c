import { byName } from '../sqlite/name-sort-function';
import { sql } from 'kysely';
import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import type {
  GroupMember,
  GroupMembership,
  MemberGroup,
  MembershipDraft,
  WorkingGroup,
  WorkingGroupDraft,
  WorkingGroupStatus,
  WorkingGroupSummary,
} from '../../../shared/domain/working-group';
import type { Executor } from '../database';
import { foldedEquals } from '../sqlite/fold-function';
import type { WorkingGroupMemberRow, WorkingGroupRow } from './working-groups-table';
import { nextRowVersion } from '../row-versions/row-version';
import type { ProvinceCode } from '../../../shared/domain/provinces';

function groupFromRow(row: WorkingGroupRow): WorkingGroup {
  return {
    id: row.id,
    name: row.name,
    mandate: row.mandate,
    status: row.status,
    province: row.province as ProvinceCode,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.row_version,
  };
}

/** A span is current when it has begun and not yet ended on the given day. */
export function isCurrentOn(startOn: string, endOn: string | null, today: string): boolean {
  return startOn <= today && (endOn === null || endOn >= today);
}

function membershipFromRow(row: WorkingGroupMemberRow, today: string): GroupMembership {
  return {
    id: row.id,
    workingGroupId: row.working_group_id,
    memberId: row.member_id,
    role: row.role,
    startOn: row.start_on,
    endOn: row.end_on,
    current: isCurrentOn(row.start_on, row.end_on, today),
  };
}

export async function findWorkingGroup(db: Executor, id: number): Promise<WorkingGroup | undefined> {
  const row = await db.selectFrom('working_groups').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? groupFromRow(row) : undefined;
}

export async function findWorkingGroupIdByName(db: Executor, name: string, exceptId?: number): Promise<number | undefined> {
  let query = db.selectFrom('working_groups').select('id').where(foldedEquals(sql.ref('name'), name));
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst())?.id;
}

export async function insertWorkingGroup(db: Executor, draft: WorkingGroupDraft, at: string): Promise<number> {
  const row = await db
    .insertInto('working_groups')
    .values({ name: draft.name, mandate: draft.mandate, status: draft.status, province: draft.province, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateWorkingGroupRow(db: Executor, id: number, draft: WorkingGroupDraft, at: string): Promise<void> {
  await db
    .updateTable('working_groups')
    .set({ name: draft.name, mandate: draft.mandate, status: draft.status, province: draft.province, updated_at: at, row_version: nextRowVersion })
    .where('id', '=', id)
    .execute();
}

export interface WorkingGroupFilter {
  status: WorkingGroupStatus | null;
  /** One province or territory; null for the whole Network. */
  province: ProvinceCode | null;
}

export async function listWorkingGroups(db: Executor, { status, province }: WorkingGroupFilter, today: string): Promise<WorkingGroupSummary[]> {
  let groupsQuery = db.selectFrom('working_groups').selectAll().orderBy(byName('name'));
  if (status) groupsQuery = groupsQuery.where('status', '=', status);
  if (province) groupsQuery = groupsQuery.where('province', '=', province);
  const groups = await groupsQuery.execute();
  if (groups.length === 0) return [];
  const current = await db
    .selectFrom('working_group_members')
    .innerJoin('members', 'members.id', 'working_group_members.member_id')
    .select(['working_group_members.working_group_id', 'working_group_members.member_id', 'working_group_members.role', 'members.display_name'])
    .where(
      'working_group_members.working_group_id',
      'in',
      groups.map((group) => group.id),
    )
    .where('working_group_members.start_on', '<=', today)
    .where((eb) => eb.or([eb('working_group_members.end_on', 'is', null), eb('working_group_members.end_on', '>=', today)]))
    .execute();
  return groups.map((group) => {
    const ofGroup = current.filter((row) => row.working_group_id === group.id);
    return {
      id: group.id,
      name: group.name,
      status: group.status,
      province: group.province as ProvinceCode,
      currentMemberCount: new Set(ofGroup.map((row) => row.member_id)).size,
      chairNames: ofGroup.filter((row) => row.role !== 'member').map((row) => row.display_name),
    };
  });
}

export async function findMembership(db: Executor, id: number): Promise<WorkingGroupMemberRow | undefined> {
  return db.selectFrom('working_group_members').selectAll().where('id', '=', id).executeTakeFirst();
}

export function membershipOf(row: WorkingGroupMemberRow, today: string): GroupMembership {
  return membershipFromRow(row, today);
}

export async function membershipsOfGroup(db: Executor, groupId: number): Promise<WorkingGroupMemberRow[]> {
  return db.selectFrom('working_group_members').selectAll().where('working_group_id', '=', groupId).execute();
}

export async function insertMembership(
  db: Executor,
  groupId: number,
  memberId: number,
  draft: MembershipDraft,
  at: string,
): Promise<number> {
  const row = await db
    .insertInto('working_group_members')
    .values({
      working_group_id: groupId,
      member_id: memberId,
      role: draft.role,
      start_on: draft.startOn,
      end_on: draft.endOn,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateMembershipRow(db: Executor, id: number, draft: MembershipDraft, at: string): Promise<void> {
  await db
    .updateTable('working_group_members')
    .set({ role: draft.role, start_on: draft.startOn, end_on: draft.endOn, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function deleteMembership(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('working_group_members').where('id', '=', id).execute();
}

const roleOrder = sql`case working_group_members.role when 'chair' then 0 when 'co_chair' then 1 else 2 end`;

export async function listGroupMembers(db: Executor, groupId: number, today: string): Promise<GroupMember[]> {
  const rows = await db
    .selectFrom('working_group_members')
    .innerJoin('members', 'members.id', 'working_group_members.member_id')
    .selectAll('working_group_members')
    .select(['members.display_name', 'members.alias', 'members.category'])
    .where('working_group_members.working_group_id', '=', groupId)
    .orderBy(roleOrder)
    .orderBy(byName('members.display_name'))
    .orderBy('working_group_members.start_on')
    .execute();
  return rows.map((row) => ({
    ...membershipFromRow(row, today),
    displayName: row.display_name,
    alias: row.alias,
    category: row.category as StakeholderCategory,
  }));
}

export async function listMemberGroups(db: Executor, memberId: number, today: string): Promise<MemberGroup[]> {
  const rows = await db
    .selectFrom('working_group_members')
    .innerJoin('working_groups', 'working_groups.id', 'working_group_members.working_group_id')
    .selectAll('working_group_members')
    .select(['working_groups.name as group_name', 'working_groups.status as group_status'])
    .where('working_group_members.member_id', '=', memberId)
    .orderBy('working_group_members.start_on', 'desc')
    .execute();
  return rows.map((row) => ({ ...membershipFromRow(row, today), groupName: row.group_name, groupStatus: row.group_status }));
}
