import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillNotice, noticeFields, placeholdersIn, unknownPlaceholders, type NoticeValues } from '../../../shared/domain/notice-fields';
import { noticeTemplateDraftSchema } from '../../../shared/domain/notices';

const values: NoticeValues = {
  title: 'Winter plenary',
  date: 'Saturday, December 5, 2026',
  time: '6:00 – 9:00 PM (Vancouver, UTC-7)',
  place: 'Surrey hall',
  onlineLink: '',
  interpretation: 'Spanish and Tagalog',
  agenda: '1. Worker voices\n2. Votes',
};

describe('filling a notice', () => {
  it('puts each field in, tolerating spaces inside the braces', () => {
    expect(fillNotice('{{title}} on {{ date }} at {{time}}', values)).toBe(
      'Winter plenary on Saturday, December 5, 2026 at 6:00 – 9:00 PM (Vancouver, UTC-7)',
    );
  });

  it('leaves out a line whose fields are all empty, keeps lines without fields', () => {
    const text = 'Hello,\nPlace: {{place}}\nOnline: {{onlineLink}}\n\nAgenda:\n{{agenda}}';
    expect(fillNotice(text, values)).toBe('Hello,\nPlace: Surrey hall\n\nAgenda:\n1. Worker voices\n2. Votes');
  });

  it('keeps a line when one of its fields has a value', () => {
    expect(fillNotice('{{place}} {{onlineLink}}', values)).toBe('Surrey hall ');
  });

  it('leaves an unknown placeholder visible and reports it', () => {
    const text = 'Welcome to {{titel}} on {{date}}';
    expect(fillNotice(text, values)).toBe('Welcome to {{titel}} on Saturday, December 5, 2026');
    expect(unknownPlaceholders(text)).toEqual(['titel']);
    expect(placeholdersIn(text)).toEqual(['titel', 'date']);
  });

  it('never reads a value for fields: a title that looks like a field is printed as typed', () => {
    const hostile = { ...values, title: '{{onlineLink}} ${process.exit()} {{agenda}}', onlineLink: 'https://secret.example' };
    expect(fillNotice('Meeting: {{title}}', hostile)).toBe('Meeting: {{onlineLink}} ${process.exit()} {{agenda}}');
  });

  it('inserts any value verbatim, whatever it contains (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...noticeFields), fc.string(), (field, value) => {
        const filled = fillNotice(`[{{${field}}}]`, { ...values, [field]: value });
        // An empty value drops the line; otherwise the value appears exactly once, untouched.
        expect(filled).toBe(value.trim() === '' ? '' : `[${value}]`);
      }),
    );
  });
});

describe('a notice text the coordinator writes', () => {
  const draft = { kind: 'plenary', purpose: 'invitation', language: 'es', subject: 'Invitación: {{title}}', body: 'Fecha: {{date}}' } as const;

  it('is accepted with known fields', () => {
    expect(noticeTemplateDraftSchema.safeParse(draft).success).toBe(true);
  });

  it('is refused with an unknown field, naming it and the fields there are', () => {
    const result = noticeTemplateDraftSchema.safeParse({ ...draft, body: 'Fecha: {{fecha}}' });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual(['body']);
    expect(issue?.message).toContain('has {{fecha}}, which the app does not know');
    expect(issue?.message).toContain('{{date}}');
  });

  it('is refused with a two-line subject or no field at all', () => {
    expect(noticeTemplateDraftSchema.safeParse({ ...draft, subject: 'a\nb' }).success).toBe(false);
    expect(noticeTemplateDraftSchema.safeParse({ ...draft, subject: 'Hola', body: 'Nos vemos' }).success).toBe(false);
  });
});
