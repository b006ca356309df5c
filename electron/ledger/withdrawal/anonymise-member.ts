import type { Transaction } from 'kysely';
import { todayIsoDate } from '../../../shared/domain/dates';
import type { Member } from '../../../shared/domain/member';
import type { AuditTrail } from '../audit/audit-log';
import { appendConsent } from '../consent/consent-repository';
import type { Database } from '../database';
import { eraseMembers } from '../erasure/erase-member';
import type { IdentifyingValues } from '../erasure/identifying-values';
import { withdrawnLabel } from '../erasure/withdrawn-label';

export interface Anonymisation {
  number: number;
  /** When the member withdrew: now for a new withdrawal, the registered time when one is applied again. */
  withdrawnAt: Date;
  /** When the row changes (differs from withdrawnAt when a withdrawal is applied again after a restore). */
  changedAt: Date;
}

export interface AnonymisedMember {
  label: string;
  /** What identified the member, for erasing them from the backups next; kept in memory only. */
  erasedValues: IdentifyingValues;
}

/**
 * Erases the member from the ledger with the one erasure (erasure/erase-member.ts: their own fields,
 * every text typed anywhere, the search index, the audit log), then records the withdrawal: the row
 * keeps its category and dates under a neutral label so aggregate counts and linked records (attendance,
 * ballots, testimony, action items) still count it. The caller owns the transaction and checks the
 * member may withdraw.
 */
export async function anonymiseMember(trx: Transaction<Database>, audit: AuditTrail, member: Member, anonymisation: Anonymisation): Promise<AnonymisedMember> {
  const id = member.id;
  const label = withdrawnLabel(anonymisation.number);
  const withdrawnOn = todayIsoDate(anonymisation.withdrawnAt);
  const changedAt = anonymisation.changedAt.toISOString();

  const erasure = await eraseMembers(trx, [{ memberId: id, label }]);
  await trx
    .updateTable('members')
    .set({
      left_on: member.leftOn ?? withdrawnOn,
      withdrawn_at: anonymisation.withdrawnAt.toISOString(),
      withdrawal_number: anonymisation.number,
      updated_at: changedAt,
    })
    .where('id', '=', id)
    .execute();
  await appendConsent(
    trx,
    id,
    { mayContact: false, mayBeNamed: false, testimonyMayBeRecorded: false, mayAppearInPhotos: false, givenOn: withdrawnOn, method: 'withdrawal', note: null },
    changedAt,
  );

  audit.record({
    entityType: 'member',
    entityId: id,
    changes: {
      withdrawn: { from: false, to: true },
      displayName: { from: '[erased]', to: label },
      erasedFields: { from: null, to: ['displayName', 'alias', 'email', 'phone', 'notes', 'organisation', 'languages', 'consentNotes'] },
      auditEntriesScrubbed: { from: null, to: erasure.auditEntriesScrubbed },
      linkedTextsScrubbed: { from: null, to: erasure.cellsScrubbed },
    },
  });
  return { label, erasedValues: erasure.values[0] ?? { names: [], notes: [] } };
}
