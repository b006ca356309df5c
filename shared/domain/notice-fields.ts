/**
 * The fields a notice text may contain, written {{title}}, {{date}}... in any language's text.
 * Filling is one pass over the coordinator's text: a value is inserted as it is and never read again
 * for fields, so a meeting titled "{{onlineLink}}" prints those characters and nothing else. Nothing
 * is evaluated; a field the app does not know is left in the text, visible, and reported.
 */
export const noticeFields = ['title', 'date', 'time', 'place', 'onlineLink', 'interpretation', 'agenda'] as const;
export type NoticeField = (typeof noticeFields)[number];
export type NoticeValues = Readonly<Record<NoticeField, string>>;

const placeholderPattern = /\{\{\s*([^{}\n]{0,60}?)\s*\}\}/g;

function isNoticeField(name: string): name is NoticeField {
  return (noticeFields as readonly string[]).includes(name);
}

/** Each placeholder's name, in order of appearance, once. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(placeholderPattern)].map((match) => match[1] ?? ''))];
}

/** Placeholders that name no field (a typo such as {{titel}}), for the coordinator to fix. */
export function unknownPlaceholders(text: string): string[] {
  return placeholdersIn(text).filter((name) => !isNoticeField(name));
}

export function placeholderFor(field: NoticeField): string {
  return `{{${field}}}`;
}

/**
 * Fills the fields in. A line whose fields are all empty is left out ("Online: {{onlineLink}}" for a
 * meeting with no link), so a text can list every field without printing empty labels.
 */
export function fillNotice(text: string, values: NoticeValues): string {
  const lines = text.split(/\r?\n/);
  const kept = lines.filter((line) => {
    const known = [...line.matchAll(placeholderPattern)].map((match) => match[1] ?? '').filter(isNoticeField);
    return known.length === 0 || known.some((field) => values[field].trim() !== '');
  });
  return kept
    .map((line) => line.replace(placeholderPattern, (whole, name: string) => (isNoticeField(name) ? values[name] : whole)))
    .join('\n');
}
