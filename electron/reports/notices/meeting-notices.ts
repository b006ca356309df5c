import type { LanguageCode } from '../../../shared/domain/languages';
import type { Meeting } from '../../../shared/domain/meeting';
import { fillNotice, unknownPlaceholders } from '../../../shared/domain/notice-fields';
import type { NoticeFallbackLanguage, NoticeGroup, NoticePurpose, NoticeTemplate, NotReached } from '../../../shared/domain/notices';
import type { RedactionHit } from '../../../shared/domain/report';
import type { Executor } from '../../ledger/database';
import { listAgenda } from '../../ledger/meetings/agenda-repository';
import { listBookings } from '../../ledger/meetings/booking-repository';
import { requireMeeting } from '../../ledger/meetings/meeting-reads';
import { templatesFor } from '../../ledger/notices/effective-templates';
import { listNoticeCandidates } from '../../ledger/notices/notice-candidates';
import { readNoticeFallbackLanguage } from '../../ledger/notices/notice-fallback-setting';
import { migrantWorkerNames } from '../privacy/migrant-worker-names';
import { findRedactionHits, type TextToCheck } from '../privacy/redaction-check';
import { groupRecipients } from './group-recipients';
import { noticeValues, type NoticeFacts } from './notice-values';

export interface AssembledNotices {
  meeting: Meeting;
  purpose: NoticePurpose;
  fallbackLanguage: NoticeFallbackLanguage;
  groups: NoticeGroup[];
  notReached: NotReached[];
  /** The text each group's notice was filled from. */
  templates: Map<LanguageCode, NoticeTemplate>;
  facts: NoticeFacts;
}

async function gatherFacts(db: Executor, meeting: Meeting): Promise<NoticeFacts> {
  const agenda = await listAgenda(db, meeting.id);
  const bookings = await listBookings(db, { meetingId: meeting.id, from: null, to: null });
  return {
    meeting,
    agendaTitles: agenda.filter((item) => item.kind !== 'break').map((item) => item.title),
    interpretationLanguages: bookings.filter((booking) => booking.status !== 'cancelled').map((booking) => booking.languageCode),
  };
}

/** Who gets which notice for a meeting, and each language's text filled in; reads only. */
export async function assembleNotices(db: Executor, meetingId: number): Promise<AssembledNotices> {
  const meeting = await requireMeeting(db, meetingId);
  const purpose: NoticePurpose = meeting.status === 'cancelled' ? 'cancellation' : 'invitation';
  const fallbackLanguage = await readNoticeFallbackLanguage(db);
  const templates = await templatesFor(db, meeting.kind, purpose);
  const candidates = await listNoticeCandidates(db, meeting);
  const { byLanguage, notReached } = groupRecipients(candidates, (language) => templates.has(language), fallbackLanguage);
  const facts = await gatherFacts(db, meeting);
  const groups = [...byLanguage.entries()].map(([language, recipients]): NoticeGroup => {
    const template = templates.get(language)!;
    const values = noticeValues(facts, language, fallbackLanguage);
    return {
      language,
      recipients,
      subject: fillNotice(template.subject, values),
      body: fillNotice(template.body, values),
      unknownFields: unknownPlaceholders(`${template.subject}\n${template.body}`),
    };
  });
  return { meeting, purpose, fallbackLanguage, groups, notReached, templates, facts };
}

/**
 * A notice goes to every member, employers included, so no migrant worker may be named in it:
 * the meeting's title, place and agenda and each language's text are checked (not the filled
 * texts, which would show one name once per language).
 */
export async function noticeRedactionHits(db: Executor, assembled: AssembledNotices): Promise<RedactionHit[]> {
  const texts: TextToCheck[] = [
    { field: 'meetingTitle', where: '', text: assembled.meeting.title },
    { field: 'meetingPlace', where: '', text: assembled.meeting.place ?? '' },
    ...assembled.facts.agendaTitles.map((title, index) => ({ field: 'agendaTitle' as const, where: String(index + 1), text: title })),
    ...assembled.groups.map((group) => {
      const template = assembled.templates.get(group.language)!;
      return { field: 'noticeText' as const, where: group.language, text: `${template.subject}\n${template.body}` };
    }),
  ];
  return findRedactionHits('meeting_notice', texts, await migrantWorkerNames(db));
}
