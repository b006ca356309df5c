import type { LanguageCode } from '../../../shared/domain/languages';
import { compareNoticeLanguages, type NoticeFallbackLanguage, type NoticeRecipient, type NotReached } from '../../../shared/domain/notices';
import { nameOnMailingList } from '../../../shared/domain/worker-safe-name';
import type { NoticeCandidate } from '../../ledger/notices/notice-candidates';

export interface RecipientGroups {
  /** Recipients by the language of the notice they get; English and French first. */
  byLanguage: Map<LanguageCode, NoticeRecipient[]>;
  notReached: NotReached[];
}

/** The notice's language for one member: their own when a text exists in it, else the coordinator's fallback. */
export function noticeLanguageFor(
  preferred: LanguageCode | null,
  hasText: (language: LanguageCode) => boolean,
  fallback: NoticeFallbackLanguage,
): LanguageCode {
  return preferred && hasText(preferred) ? preferred : fallback;
}

/**
 * Splits the expected members into who gets which notice, and who is not reached: no consent to be
 * contacted (first: even with an email, they must not be written to), or no email address.
 */
export function groupRecipients(
  candidates: readonly NoticeCandidate[],
  hasText: (language: LanguageCode) => boolean,
  fallback: NoticeFallbackLanguage,
): RecipientGroups {
  const notReached: NotReached[] = [];
  const byLanguage = new Map<LanguageCode, NoticeRecipient[]>();
  for (const candidate of candidates) {
    if (!candidate.mayContact) {
      notReached.push({ memberId: candidate.id, name: candidate.displayName, reason: 'no_consent' });
      continue;
    }
    if (!candidate.email) {
      notReached.push({ memberId: candidate.id, name: candidate.displayName, reason: 'no_email' });
      continue;
    }
    const language = noticeLanguageFor(candidate.preferredLanguage, hasText, fallback);
    const recipients = byLanguage.get(language) ?? [];
    recipients.push({
      memberId: candidate.id,
      name: nameOnMailingList(candidate),
      email: candidate.email,
      preferredLanguage: candidate.preferredLanguage,
    });
    byLanguage.set(language, recipients);
  }
  const ordered = [...byLanguage.entries()].sort(([a], [b]) => compareNoticeLanguages(a, b));
  return { byLanguage: new Map(ordered), notReached };
}
