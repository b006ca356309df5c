import { languageNames, type LanguageCode } from '../../../shared/domain/languages';
import type { Meeting } from '../../../shared/domain/meeting';
import type { NoticeValues } from '../../../shared/domain/notice-fields';
import { intlLocaleFor } from './notice-locale';
import { zoneLabel } from './zone-label';

/** What fills a meeting's notice fields, before it is written in any language. */
export interface NoticeFacts {
  meeting: Pick<Meeting, 'title' | 'heldOn' | 'startsAt' | 'endsAt' | 'timeZone' | 'place' | 'onlineLink'>;
  /** Agenda item titles in order, breaks left out. */
  agendaTitles: readonly string[];
  /** Languages interpreters are booked for (not cancelled). */
  interpretationLanguages: readonly LanguageCode[];
}

/**
 * The meeting's date and times are wall-clock times in its zone. They are written through a UTC
 * Date so that Intl only spells them out and never converts them (no tz data can shift them).
 */
function wallClock(isoDate: string, time: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, day, hours, minutes));
}

function languageNameIn(code: LanguageCode, locale: string, fallback: 'en' | 'fr'): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
    if (name && name !== code) return name;
  } catch {
    // A code Intl refuses (asl, jam): the app's own name below.
  }
  return languageNames[code][fallback];
}

export function noticeValues(facts: NoticeFacts, language: LanguageCode, fallback: 'en' | 'fr'): NoticeValues {
  const locale = intlLocaleFor(language, fallback);
  const { meeting } = facts;
  const start = wallClock(meeting.heldOn, meeting.startsAt);
  const end = wallClock(meeting.heldOn, meeting.endsAt);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(start);
  const times = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).formatRange(start, end);
  const languages = [...new Set(facts.interpretationLanguages)].map((code) => languageNameIn(code, locale, fallback));
  return {
    title: meeting.title,
    date,
    time: `${times} (${zoneLabel(meeting.timeZone, meeting.heldOn, meeting.startsAt)})`,
    place: meeting.place ?? '',
    onlineLink: meeting.onlineLink ?? '',
    interpretation: languages.length === 0 ? '' : new Intl.ListFormat(locale, { type: 'conjunction' }).format(languages),
    agenda: facts.agendaTitles.map((title, index) => `${index + 1}. ${title}`).join('\n'),
  };
}
