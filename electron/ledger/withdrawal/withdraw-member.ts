import { todayIsoDate } from '../../../shared/domain/dates';
import type { Member } from '../../../shared/domain/member';
import { DomainError, notFound } from '../../domain-error';
import { appendConsent, consentHistory, eraseConsentNotes } from '../consent/consent-repository';
import type { Executor } from '../database';
import type { Ledger } from '../ledger';
import { findMember } from '../members/member-repository';
import { compactLedgerFile, purgeDeletedSearchEntries } from '../sqlite/erase-deleted-content';
import { removeMemberFromIndex } from '../sqlite/member-search-index';
import { scrubAuditLog } from './scrub-audit-log';
import { scrubLinkedTexts } from './scrub-linked-texts';

export interface WithdrawalResult {
  id: number;
  label: string;
  withdrawnAt: string;
  /** False when the file could not be rewritten (e.g. disk full): erased values may linger in free space. */
  fileCompacted: boolean;
}

export function withdrawnLabel(number: number): string {
  return `Withdrawn member ${number}`;
}

async function nextWithdrawalNumber(db: Executor): Promise<number> {
  const { highest } = await db
    .selectFrom('members')
    .select((eb) => eb.fn.max('withdrawal_number').as('highest'))
    .executeTakeFirstOrThrow();
  return Number(highest ?? 0) + 1;
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

/**
 * Withdraw and anonymise: replaces every personal field with a neutral label and erases it
 * everywhere the ledger wrote it (search index, consent notes, audit log, texts typed in meetings,
 * minutes and recommendations), keeping the row,
 * its category and dates so aggregate counts and linked records (attendance, roles) still count it.
 * Cannot be undone: the erased values are not kept anywhere, including the audit entry.
 */
export async function withdrawMember(ledger: Ledger, id: number): Promise<WithdrawalResult> {
  const result = await ledger.write('members.withdraw', async (trx, audit) => {
    const member = await findMember(trx, id);
    if (!member) throw notFound('Member', id);
    if (member.withdrawnAt) throw new DomainError('illegal_transition', 'This member has already been withdrawn');
    const erasedValues = await identifyingValues(trx, member);
    const names = namesInTypedTexts(member);
    const number = await nextWithdrawalNumber(trx);
    const label = withdrawnLabel(number);
    const now = ledger.now();
    const at = now.toISOString();
    const today = todayIsoDate(now);

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
        left_on: member.leftOn ?? today,
        withdrawn_at: at,
        withdrawal_number: number,
        updated_at: at,
      })
      .where('id', '=', id)
      .execute();
    await trx.deleteFrom('member_languages').where('member_id', '=', id).execute();
    await trx.updateTable('organisations').set({ member_id: null, updated_at: at }).where('member_id', '=', id).execute();
    await eraseConsentNotes(trx, id);
    await appendConsent(
      trx,
      id,
      { mayContact: false, mayBeNamed: false, testimonyMayBeRecorded: false, mayAppearInPhotos: false, givenOn: today, method: 'withdrawal', note: null },
      at,
    );
    // Linked records (attendance, ballots, testimony, action items) keep the member's id so they
    // still count; they show the neutral label from now on. A name typed beside the link goes too.
    await trx.updateTable('action_items').set({ owner_name: null }).where('owner_member_id', '=', id).execute();
    const scrubbedTexts = await scrubLinkedTexts(trx, names, label);
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
    return { id, label, withdrawnAt: at };
  });

  let fileCompacted = true;
  try {
    await compactLedgerFile(ledger.db);
  } catch {
    fileCompacted = false;
  }
  return { ...result, fileCompacted };
}
