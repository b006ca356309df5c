import type { workingGroupOperations } from '../../shared/contract/working-groups';
import { todayIsoDate } from '../../shared/domain/dates';
import { notFound } from '../domain-error';
import { findMember } from '../ledger/members/member-repository';
import {
  findWorkingGroup,
  listGroupMembers,
  listMemberGroups,
  listWorkingGroups,
} from '../ledger/working-groups/working-group-repository';
import {
  addGroupMember,
  createWorkingGroup,
  removeGroupMembership,
  updateGroupMembership,
  updateWorkingGroup,
} from '../ledger/working-groups/working-group-service';
import type { HandlersFor } from './handler-types';

export const workingGroupHandlers: HandlersFor<typeof workingGroupOperations> = {
  'workingGroups.list': async ({ status, province }, { ledger }) => ({
    items: await listWorkingGroups(ledger.db, { status, province }, todayIsoDate(ledger.now())),
  }),
  'workingGroups.get': async ({ id }, { ledger }) => {
    const group = await findWorkingGroup(ledger.db, id);
    if (!group) throw notFound('workingGroup', id);
    return { ...group, members: await listGroupMembers(ledger.db, id, todayIsoDate(ledger.now())) };
  },
  'workingGroups.create': ({ group }, { ledger }) => createWorkingGroup(ledger, group),
  'workingGroups.update': ({ id, group, expectedVersion }, { ledger }) => updateWorkingGroup(ledger, id, group, expectedVersion),
  'workingGroups.addMember': ({ workingGroupId, memberId, membership }, { ledger }) =>
    addGroupMember(ledger, workingGroupId, memberId, membership),
  'workingGroups.updateMembership': ({ id, membership }, { ledger }) => updateGroupMembership(ledger, id, membership),
  'workingGroups.removeMembership': ({ id }, { ledger }) => removeGroupMembership(ledger, id),
  'workingGroups.forMember': async ({ memberId }, { ledger }) => {
    if (!(await findMember(ledger.db, memberId))) throw notFound('member', memberId);
    return { items: await listMemberGroups(ledger.db, memberId, todayIsoDate(ledger.now())) };
  },
};
