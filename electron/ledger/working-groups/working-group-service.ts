import { todayIsoDate } from '../../../shared/domain/dates';
import type { GroupMembership, MembershipDraft, WorkingGroup, WorkingGroupDraft } from '../../../shared/domain/working-group';
import { DomainError, notFound } from '../../domain-error';
import { diffFields } from '../audit/audit-log';
import type { Executor } from '../database';
import type { Ledger } from '../ledger';
import { findMember } from '../members/member-repository';
import { assertMembershipFits, type ExistingMembership } from './membership-rules';
import {
  deleteMembership,
  findMembership,
  findWorkingGroup,
  findWorkingGroupIdByName,
  insertMembership,
  insertWorkingGroup,
  membershipOf,
  membershipsOfGroup,
  updateMembershipRow,
  updateWorkingGroupRow,
} from './working-group-repository';

function groupFields(group: WorkingGroup): Record<string, unknown> {
  return { name: group.name, mandate: group.mandate, status: group.status };
}

/** Audit entries carry ids and roles only, never names, so erasing a member leaves nothing here to scrub. */
function membershipFields(membership: GroupMembership): Record<string, unknown> {
  const { id: _id, current: _current, ...fields } = membership;
  return fields;
}

async function requireGroup(db: Executor, id: number): Promise<WorkingGroup> {
  const group = await findWorkingGroup(db, id);
  if (!group) throw notFound('workingGroup', id);
  return group;
}

async function assertNameFree(db: Executor, name: string, exceptId?: number): Promise<void> {
  if ((await findWorkingGroupIdByName(db, name, exceptId)) !== undefined) {
    const problem = { reason: 'workingGroup.nameTaken', params: { name } } as const;
    throw new DomainError('conflict', `A working group named "${name}" already exists`, [
      { path: 'group.name', message: 'is already used by another working group', ...problem },
    ], problem);
  }
}

async function otherMemberships(db: Executor, groupId: number, exceptId?: number): Promise<ExistingMembership[]> {
  const rows = await membershipsOfGroup(db, groupId);
  return rows
    .filter((row) => row.id !== exceptId)
    .map((row) => ({ id: row.id, memberId: row.member_id, role: row.role, startOn: row.start_on, endOn: row.end_on }));
}

export async function createWorkingGroup(ledger: Ledger, draft: WorkingGroupDraft): Promise<WorkingGroup> {
  return ledger.write('workingGroups.create', async (trx, audit) => {
    await assertNameFree(trx, draft.name);
    const id = await insertWorkingGroup(trx, draft, ledger.now().toISOString());
    const created = await requireGroup(trx, id);
    audit.record({ entityType: 'working_group', entityId: id, changes: diffFields(null, groupFields(created)) });
    return created;
  });
}

export async function updateWorkingGroup(ledger: Ledger, id: number, draft: WorkingGroupDraft): Promise<WorkingGroup> {
  return ledger.write('workingGroups.update', async (trx, audit) => {
    const before = await requireGroup(trx, id);
    await assertNameFree(trx, draft.name, id);
    await updateWorkingGroupRow(trx, id, draft, ledger.now().toISOString());
    const after = await requireGroup(trx, id);
    audit.record({ entityType: 'working_group', entityId: id, changes: diffFields(groupFields(before), groupFields(after)) });
    return after;
  });
}

export async function addGroupMember(
  ledger: Ledger,
  groupId: number,
  memberId: number,
  draft: MembershipDraft,
): Promise<GroupMembership> {
  return ledger.write('workingGroups.addMember', async (trx, audit) => {
    const group = await requireGroup(trx, groupId);
    if (group.status === 'closed') {
      throw new DomainError('illegal_transition', `${group.name} is closed; reopen it before adding members`, [], {
        reason: 'workingGroup.closed',
        params: { name: group.name },
      });
    }
    const member = await findMember(trx, memberId);
    if (!member) throw notFound('member', memberId);
    if (member.withdrawnAt) throw new DomainError('illegal_transition', 'A withdrawn member cannot join a working group', [], { reason: 'workingGroup.withdrawnMember' });
    assertMembershipFits(draft, memberId, await otherMemberships(trx, groupId));
    const id = await insertMembership(trx, groupId, memberId, draft, ledger.now().toISOString());
    const row = await findMembership(trx, id);
    if (!row) throw notFound('membership', id);
    const membership = membershipOf(row, todayIsoDate(ledger.now()));
    audit.record({ entityType: 'working_group_member', entityId: id, changes: diffFields(null, membershipFields(membership)) });
    return membership;
  });
}

export async function updateGroupMembership(ledger: Ledger, id: number, draft: MembershipDraft): Promise<GroupMembership> {
  return ledger.write('workingGroups.updateMembership', async (trx, audit) => {
    const row = await findMembership(trx, id);
    if (!row) throw notFound('membership', id);
    assertMembershipFits(draft, row.member_id, await otherMemberships(trx, row.working_group_id, id));
    await updateMembershipRow(trx, id, draft, ledger.now().toISOString());
    const updated = await findMembership(trx, id);
    if (!updated) throw notFound('membership', id);
    const today = todayIsoDate(ledger.now());
    const [before, after] = [membershipOf(row, today), membershipOf(updated, today)];
    audit.record({ entityType: 'working_group_member', entityId: id, changes: diffFields(membershipFields(before), membershipFields(after)) });
    return after;
  });
}

export async function removeGroupMembership(ledger: Ledger, id: number): Promise<{ removed: true }> {
  return ledger.write('workingGroups.removeMembership', async (trx, audit) => {
    const row = await findMembership(trx, id);
    if (!row) throw notFound('membership', id);
    await deleteMembership(trx, id);
    const removed = membershipFields(membershipOf(row, todayIsoDate(ledger.now())));
    audit.record({
      entityType: 'working_group_member',
      entityId: id,
      changes: Object.fromEntries(Object.entries(removed).map(([field, value]) => [field, { from: value, to: null }])),
    });
    return { removed: true };
  });
}
