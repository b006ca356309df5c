import type { Organisation, OrganisationDraft } from '../../../shared/domain/organisation';
import { DomainError, notFound } from '../../domain-error';
import { diffFields } from '../audit/audit-log';
import type { Executor } from '../database';
import type { Ledger } from '../ledger';
import { findMember, insertMember } from '../members/member-repository';
import { indexMemberText } from '../sqlite/member-search-index';
import {
  findOrganisation,
  findOrganisationIdByName,
  insertOrganisation,
  linkOrganisationMember,
  updateOrganisationRow,
} from './organisation-repository';

function auditedFields(organisation: Organisation): Record<string, unknown> {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...fields } = organisation;
  return fields;
}

async function assertNameFree(db: Executor, name: string, exceptId?: number): Promise<void> {
  if ((await findOrganisationIdByName(db, name, exceptId)) !== undefined) {
    const problem = { reason: 'organisation.nameTaken', params: { name } } as const;
    throw new DomainError('conflict', `An organisation named "${name}" is already in the ledger`, [
      { path: 'organisation.name', message: 'is already used by another organisation', ...problem },
    ], problem);
  }
}

async function requireOrganisation(db: Executor, id: number): Promise<Organisation> {
  const organisation = await findOrganisation(db, id);
  if (!organisation) throw notFound('organisation', id);
  return organisation;
}

/** The organisation's own member record carries its name and sector, so renaming one renames the other. */
async function syncNetworkMember(db: Executor, organisation: Organisation, at: string): Promise<void> {
  const memberId = organisation.networkMemberId;
  if (memberId === null) return;
  const member = await findMember(db, memberId);
  if (!member || member.withdrawnAt) return;
  await db
    .updateTable('members')
    .set({ display_name: organisation.name, category: organisation.sector ?? member.category, updated_at: at })
    .where('id', '=', memberId)
    .execute();
  await indexMemberText(db, memberId, [organisation.name, member.alias, null, member.email]);
}

export async function createOrganisation(ledger: Ledger, draft: OrganisationDraft): Promise<Organisation> {
  return ledger.write('organisations.create', async (trx, audit) => {
    await assertNameFree(trx, draft.name);
    const id = await insertOrganisation(trx, draft, ledger.now().toISOString());
    const created = await requireOrganisation(trx, id);
    audit.record({ entityType: 'organisation', entityId: id, changes: diffFields(null, auditedFields(created)) });
    return created;
  });
}

export async function updateOrganisation(ledger: Ledger, id: number, draft: OrganisationDraft): Promise<Organisation> {
  return ledger.write('organisations.update', async (trx, audit) => {
    const before = await requireOrganisation(trx, id);
    await assertNameFree(trx, draft.name, id);
    const at = ledger.now().toISOString();
    await updateOrganisationRow(trx, id, draft, at);
    const after = await requireOrganisation(trx, id);
    if (after.networkMemberId !== null) await syncNetworkMember(trx, after, at);
    audit.record({ entityType: 'organisation', entityId: id, changes: diffFields(auditedFields(before), auditedFields(after)) });
    return after;
  });
}

/**
 * Creates the member record that stands for the organisation in the Network (kind "organisation"),
 * named after it and counted in its sector.
 */
export async function enrolOrganisationAsMember(ledger: Ledger, id: number, joinedOn: string): Promise<Organisation> {
  return ledger.write('organisations.enrolAsMember', async (trx, audit) => {
    const organisation = await requireOrganisation(trx, id);
    if (organisation.networkMemberId !== null) {
      throw new DomainError('conflict', `${organisation.name} is already a member of the Network`, [], {
        reason: 'organisation.alreadyMember',
        params: { name: organisation.name },
      });
    }
    if (!organisation.sector) {
      throw new DomainError('invalid_input', 'Give the organisation a sector before it joins the Network', [
        { path: 'sector', message: 'is required for a member organisation', reason: 'organisation.needsSector' },
      ], { reason: 'organisation.needsSector' });
    }
    const at = ledger.now().toISOString();
    const memberId = await insertMember(
      trx,
      {
        kind: 'organisation',
        displayName: organisation.name,
        alias: null,
        category: organisation.sector,
        organisationName: null,
        languages: [],
        preferredLanguage: null,
        email: null,
        phone: null,
        mayContact: true,
        mayBeNamed: true,
        joinedOn,
        leftOn: null,
        notes: null,
      },
      at,
    );
    await linkOrganisationMember(trx, id, memberId, at);
    const member = await findMember(trx, memberId);
    audit.record({ entityType: 'member', entityId: memberId, changes: diffFields(null, { kind: member?.kind, displayName: member?.displayName, category: member?.category, joinedOn }) });
    audit.record({ entityType: 'organisation', entityId: id, changes: { networkMemberId: { from: null, to: memberId } } });
    return requireOrganisation(trx, id);
  });
}
