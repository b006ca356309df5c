import type { Transaction } from 'kysely';
import { todayIsoDate } from '../../../shared/domain/dates';
import type { Member } from '../../../shared/domain/member';
import type { AuditTrail } from '../audit/audit-log';
import { appendConsent, consentHistory, eraseConsentNotes } from '../consent/consent-repository';
import type { Database, Executor } from '../database';
import { purgeDeletedSearchEntries } from '../sqlite/erase-deleted-content';
import { removeMemberFromIndex } from '../sqlite/member-search-index';
import { scrubAuditLog } from './scrub-audit-log';
import { scrubLinkedTexts } from './scrub-linked-texts';

export function withdrawnLabel(number: number): string {
  return `Withdrawn member ${number}`;
}

/** Every text the ledger held that could identify the member; audit entries are scrubbed of these. */
async function identifyingValues(db: Executor, member: Member): Promise<string[]> {
  const notes = (await consentHistory(db, member.id)).map((entry) => entry.note);
  const values = [member.displayName, member.alias, member.email, member.phone, member.notes, ...notes];
  return [...new Set(values.filter((value): value is string => !!value && value.trim() !== ''))];
}

/** What may name the member in texts typed about meetings and recommendations (not notes, which are not names). */
function namesInTypedTexts(member: Member): string[] {
  const values = [member.displayName, member.alias, member.email, member.phone];
  return [...new Set(values.filter((value): value is string => !!value && value.trim() !== ''))];
}

export interface Anonymisation {
  number: number;
  /** When the member withdrew: now for a new withdrawal, the registered time when one is applied again. */
  withdrawnAt: Date;
  /** When the row changes (differs from withdrawnAt when a withdrawal is applied again after a restore). */
  changedAt: Date;
}

/**
 * Replaces every personal field with a neutral label and erases it everywhere the ledger wrote it
 * (search index, consent notes, audit log, texts typed in meetings, minutes and recommendations), keeping the row, its category and dates so aggregate counts
 * and linked records still count it. The caller owns the transaction and checks the member may withdraw.
 */
export async function anonymiseMember(trx: Transaction<Database>, audit: AuditTrail, member: Member, anonymisation: Anonymisation): Promise<string> {
  const id = member.id;
  const erasedValues = await identifyingValues(trx, member);
  const label = withdrawnLabel(anonymisation.number);
  const at = anonymisation.withdrawnAt.toISOString();
  const withdrawnOn = todayIsoDate(anonymisation.withdrawnAt);
  const changedAt = anonymisation.changedAt.toISOString();

  await trx
    .updateTable('members')
    .set({
      display_name: label,
      alias: null,
      email: null,
      phone: null,
      notes: null,
      organisation_id: null,
      preferred_language: null,
      left_on: member.leftOn ?? withdrawnOn,
      withdrawn_at: at,
      withdrawal_number: anonymisation.number,
      updated_at: changedAt,
    })
    .where('id', '=', id)
    .execute();
  await trx.deleteFrom('member_languages').where('member_id', '=', id).execute();
  await trx.updateTable('organisations').set({ member_id: null, updated_at: changedAt }).where('member_id', '=', id).execute();
  await eraseConsentNotes(trx, id);
  await appendConsent(
    trx,
    id,
    { mayContact: false, mayBeNamed: false, testimonyMayBeRecorded: false, mayAppearInPhotos: false, givenOn: withdrawnOn, method: 'withdrawal', note: null },
    changedAt,
  );
  // Linked records (attendance, ballots, testimony, action items) keep the member's id so they
  // still count; they show the neutral label from now on. A name typed beside the link goes too.
  await trx.updateTable('action_items').set({ owner_name: null }).where('owner_member_id', '=', id).execute();
  const scrubbedTexts = await scrubLinkedTexts(trx, namesInTypedTexts(member), label);
  await removeMemberFromIndex(trx, id);
  await purgeDeletedSearchEntries(trx);
  const scrubbedEntries = await scrubAuditLog(trx, id, erasedValues);

  audit.record({
    entityType: 'member',
    entityId: id,
    changes: {
      withdrawn: { from: false, to: true },
      displayName: { from: '[erased]', to: label },
      erasedFields: { from: null, to: ['displayName', 'alias', 'email', 'phone', 'notes', 'organisation', 'languages', 'consentNotes'] },
      auditEntriesScrubbed: { from: null, to: scrubbedEntries },
      linkedTextsScrubbed: { from: null, to: scrubbedTexts },
    },
  });
  return label;
}
