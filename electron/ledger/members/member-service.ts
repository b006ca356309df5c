import type { Member, MemberDraft } from '../../../shared/domain/member';
import { DomainError, notFound } from '../../domain-error';
import { recordConsentFromMemberForm } from '../consent/consent-service';
import { diffFields } from '../audit/audit-log';
import type { Ledger } from '../ledger';
import { findMember, insertMember, updateMemberRow } from './member-repository';
import { checkRowVersion } from '../row-versions/row-version';

function auditedFields(member: Member): Record<string, unknown> {
  const { createdAt: _created, updatedAt: _updated, id: _id, active: _active, version: _version, ...fields } = member;
  return fields;
}

export async function createMember(ledger: Ledger, draft: MemberDraft, operation = 'members.create'): Promise<Member> {
  return ledger.write(operation, async (trx, audit) => {
    const id = await insertMember(trx, draft, ledger.now().toISOString());
    const created = await findMember(trx, id);
    if (!created) throw notFound('member', id);
    audit.record({ entityType: 'member', entityId: id, changes: diffFields(null, auditedFields(created)) });
    await recordConsentFromMemberForm(trx, id, created, ledger.now());
    // Read again: recording the consent raised the member's version.
    return (await findMember(trx, id)) ?? created;
  });
}

/** expectedVersion: the version the coordinator's form was opened on; a newer one refuses the change. */
export async function updateMember(ledger: Ledger, id: number, draft: MemberDraft, expectedVersion?: number): Promise<Member> {
  return ledger.write('members.update', async (trx, audit) => {
    if (!(await checkRowVersion(trx, 'members', id, expectedVersion))) throw notFound('member', id);
    const before = await findMember(trx, id);
    if (!before) throw notFound('member', id);
    if (before.withdrawnAt) throw new DomainError('illegal_transition', 'A withdrawn member cannot be edited: their record was anonymised', [], { reason: 'member.withdrawnNotEditable' });
    await updateMemberRow(trx, id, draft, ledger.now().toISOString());
    const after = await findMember(trx, id);
    if (!after) throw notFound('member', id);
    audit.record({ entityType: 'member', entityId: id, changes: diffFields(auditedFields(before), auditedFields(after)) });
    if (before.mayContact !== after.mayContact || before.mayBeNamed !== after.mayBeNamed) {
      await recordConsentFromMemberForm(trx, id, after, ledger.now());
    }
    // Read again: recording the consent raised the member's version.
    return (await findMember(trx, id)) ?? after;
  });
}
