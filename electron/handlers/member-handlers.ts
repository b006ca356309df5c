import type { memberOperations } from '../../shared/contract/members';
import { notFound } from '../domain-error';
import { findMember, listMembers } from '../ledger/members/member-repository';
import { createMember, updateMember } from '../ledger/members/member-service';
import { proposeAlias } from '../ledger/members/aliases/alias-proposal-service';
import type { HandlersFor } from './handler-types';
import { todayIsoDate } from '../../shared/domain/dates';

export const memberHandlers: HandlersFor<typeof memberOperations> = {
  'members.list': (query, { ledger }) => listMembers(ledger.db, query, todayIsoDate(ledger.now())),
  'members.get': async ({ id }, { ledger }) => {
    const member = await findMember(ledger.db, id);
    if (!member) throw notFound('member', id);
    return member;
  },
  'members.create': ({ member }, { ledger }) => createMember(ledger, member),
  'members.update': ({ id, member }, { ledger }) => updateMember(ledger, id, member),
  'members.proposeAlias': async ({ exclude }, { ledger }) => ({ alias: await proposeAlias(ledger.db, exclude) }),
};
