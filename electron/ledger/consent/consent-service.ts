import type { ConsentDraft, ConsentEntry } from '../../../shared/domain/consent';
import { todayIsoDate } from '../../../shared/domain/dates';
import { DomainError, notFound } from '../../domain-error';
import type { Executor } from '../database';
import type { Ledger } from '../ledger';
import { findMember } from '../members/member-repository';
import { appendConsent, latestConsent } from './consent-repository';

/** The audit keeps the yes/no answers and how they were given, never the free-text note. */
function auditedConsent(entry: ConsentEntry): Record<string, unknown> {
  const { mayContact, mayBeNamed, testimonyMayBeRecorded, mayAppearInPhotos, givenOn, method } = entry;
  return { mayContact, mayBeNamed, testimonyMayBeRecorded, mayAppearInPhotos, givenOn, method, noteGiven: entry.note !== null };
}

export async function recordConsent(ledger: Ledger, memberId: number, draft: ConsentDraft): Promise<ConsentEntry> {
  return ledger.write('consent.record', async (trx, audit) => {
    const member = await findMember(trx, memberId);
    if (!member) throw notFound('member', memberId);
    if (member.withdrawnAt) throw new DomainError('illegal_transition', 'A withdrawn member has no consent to record', [], { reason: 'consent.withdrawnMember' });
    if (draft.givenOn > todayIsoDate(ledger.now())) {
      throw new DomainError('invalid_input', 'Consent cannot be given in the future', [
        { path: 'consent.givenOn', message: 'must not be after today', reason: 'consent.inFuture' },
      ]);
    }
    const entry = await appendConsent(trx, memberId, draft, ledger.now().toISOString());
    audit.record({
      entityType: 'member_consent',
      entityId: entry.id,
      changes: Object.fromEntries(
        Object.entries({ memberId, ...auditedConsent(entry) }).map(([field, to]) => [field, { from: null, to }]),
      ),
    });
    return entry;
  });
}

/**
 * The member form still carries "may be contacted" and "may be named": when those change there,
 * the register gets an entry too, so the flags and the latest consent never disagree. The member's
 * own audit entry already records the change, so this adds none.
 */
export async function recordConsentFromMemberForm(
  trx: Executor,
  memberId: number,
  flags: { mayContact: boolean; mayBeNamed: boolean },
  now: Date,
): Promise<void> {
  const latest = await latestConsent(trx, memberId);
  if (latest && latest.mayContact === flags.mayContact && latest.mayBeNamed === flags.mayBeNamed) return;
  await appendConsent(
    trx,
    memberId,
    {
      ...flags,
      testimonyMayBeRecorded: latest?.testimonyMayBeRecorded ?? false,
      mayAppearInPhotos: latest?.mayAppearInPhotos ?? false,
      givenOn: todayIsoDate(now),
      method: 'member_form',
      note: null,
    },
    now.toISOString(),
  );
}
