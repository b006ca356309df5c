import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { startImport, xlsxBytes } from '../../support/import-files';
import type { ImportCheck } from '../../../shared/contract/imports';
import type { MemberSummary } from '../../../shared/domain/member';

let temp: TempLedger;
beforeEach(async () => {
  temp = await openTempLedger({ now: () => new Date('2026-11-25T10:00:00Z') });
});
afterEach(() => temp.close());

const header = [
  'Name',
  'Organisation',
  'Catégorie',
  'Languages',
  'Email',
  'Phone',
  'Joined',
  'Preferred language',
  'Notes',
];
const rows = [
  ['Roster of the Network, November 2026'],
  [],
  header,
  [
    'ਗੁਰਪ੍ਰੀਤ ਕੌਰ',
    null,
    'Travailleur migrant actuel',
    'Punjabi, English',
    'gurpreet@example.org',
    '+1 604 555 0134',
    new Date(Date.UTC(2024, 2, 14)),
    'pa',
    'Prefers evening calls',
  ],
  ['Nguyễn Thị Hương', 'Hội Lao Động', 'worker_advocacy', 'vi', null, null, '2025-01-09', null, null],
  [
    '王秀英',
    'Société d’entraide',
    'Settlement agency',
    'Mandarin; Cantonese',
    'wang@example.org',
    null,
    null,
    'Cantonese',
    null,
  ],
  ['José Núñez', null, 'former_migrant_worker', 'Espagnol', null, null, '2023-06-30', null, null],
];

describe('importing a clean .xlsx', () => {
  it('detects the header, suggests the mapping, and writes every row with its accents and scripts', async () => {
    const { jobId, progress } = await startImport(temp.dispatch, 'roster.xlsx', await xlsxBytes(rows));
    expect(progress.status).toBe('ready');
    const sheet = progress.sheet!;
    expect(sheet.format).toBe('xlsx');
    expect(sheet.headerRowNumber).toBe(3);
    expect(sheet.rowCount).toBe(4);
    expect(sheet.suggestedMapping).toEqual([
      'displayName',
      'organisationName',
      'category',
      'languages',
      'email',
      'phone',
      'joinedOn',
      'preferredLanguage',
      'notes',
    ]);
    expect(sheet.previewRows[0]).toEqual({
      rowNumber: 4,
      cells: [
        'ਗੁਰਪ੍ਰੀਤ ਕੌਰ',
        '',
        'Travailleur migrant actuel',
        'Punjabi, English',
        'gurpreet@example.org',
        '+1 604 555 0134',
        '2024-03-14',
        'pa',
        'Prefers evening calls',
      ],
    });

    const check = await temp.dispatch('imports.check', { jobId, mapping: sheet.suggestedMapping });
    expect(check.ok && (check.data as ImportCheck)).toMatchObject({
      rowCount: 4,
      invalidRowCount: 0,
      problems: [],
      duplicateCount: 0,
      newCount: 4,
      missingFields: [],
    });

    const committed = await temp.dispatch('imports.commit', {
      jobId,
      mapping: sheet.suggestedMapping,
      duplicateAction: 'skip',
      duplicateOverrides: [],
    });
    // The two migrant workers came without an alias: the import gave them one.
    expect(committed).toEqual({ ok: true, data: { created: 4, updated: 0, skipped: 0, rejected: 0, aliasesGiven: 2 } });

    const list = await temp.dispatch('members.list', { sortBy: 'joinedOn' });
    const items = (list.ok ? list.data : { items: [] }) as { items: MemberSummary[] };
    expect(items.items.map((member) => member.displayName)).toEqual([
      'José Núñez',
      'ਗੁਰਪ੍ਰੀਤ ਕੌਰ',
      'Nguyễn Thị Hương',
      '王秀英',
    ]);
    const gurpreet = items.items[1]!;
    const full = await temp.dispatch('members.get', { id: gurpreet.id });
    expect(full.ok && full.data).toMatchObject({
      category: 'current_migrant_worker',
      languages: ['pa', 'en'],
      preferredLanguage: 'pa',
      joinedOn: '2024-03-14',
      phone: '+1 604 555 0134',
      mayContact: false,
      mayBeNamed: false,
      alias: expect.stringMatching(/^[A-Z][a-z]+$/),
    });
    const wang = await temp.dispatch('members.get', { id: items.items[3]!.id });
    // No Joined date: the day of the import; preferred language must be among those spoken.
    expect(wang.ok && wang.data).toMatchObject({
      organisationName: 'Société d’entraide',
      joinedOn: '2026-11-25',
      languages: ['zh', 'yue'],
      preferredLanguage: 'yue',
    });

    const search = await temp.dispatch('members.list', { search: 'nguyen' });
    expect(search.ok && (search.data as { total: number }).total).toBe(1);
    const audit = temp.ledger.sqlite
      .prepare("select count(*) as n from audit_log where operation = 'imports.commit'")
      .get() as { n: number };
    expect(audit.n).toBe(5);
    // Once committed, the staged rows are gone.
    expect((await temp.dispatch('imports.progress', { jobId })).ok).toBe(false);
  });

  it('lets the coordinator map a column the app did not recognise, and leave one out', async () => {
    const bytes = await xlsxBytes([
      ['Nom', 'Adresse perso', 'Secteur', 'Ignored'],
      ['Marie Tremblay', 'marie@example.org', 'Syndicat', 'x'],
    ]);
    const { jobId, progress } = await startImport(temp.dispatch, 'membres.xlsx', bytes);
    expect(progress.sheet!.suggestedMapping).toEqual(['displayName', null, 'category', null]);
    // A check with the suggested mapping first: the commit must use the changed one, not a cached answer.
    const first = await temp.dispatch('imports.check', { jobId, mapping: progress.sheet!.suggestedMapping });
    expect(first.ok).toBe(true);
    const mapping = ['displayName', 'email', 'category', null];
    const committed = await temp.dispatch('imports.commit', {
      jobId,
      mapping,
      duplicateAction: 'skip',
      duplicateOverrides: [],
    });
    expect(committed.ok).toBe(true);
    const list = await temp.dispatch('members.list', {});
    expect(list.ok && (list.data as { items: MemberSummary[] }).items[0]).toMatchObject({
      displayName: 'Marie Tremblay',
      email: 'marie@example.org',
      category: 'union',
    });
  });

  it('asks for the columns every member needs before checking rows', async () => {
    const { jobId } = await startImport(
      temp.dispatch,
      'x.xlsx',
      await xlsxBytes([
        ['Name', 'Email'],
        ['A B', 'a@example.org'],
      ]),
    );
    const check = await temp.dispatch('imports.check', { jobId, mapping: ['displayName', 'email'] });
    expect(check.ok && (check.data as ImportCheck).missingFields).toEqual(['category']);
    const commit = await temp.dispatch('imports.commit', {
      jobId,
      mapping: ['displayName', 'email'],
      duplicateAction: 'skip',
      duplicateOverrides: [],
    });
    expect(commit.ok).toBe(false);
    const twice = await temp.dispatch('imports.check', { jobId, mapping: ['email', 'email'] });
    expect(twice.ok || twice.error.code).toBe('invalid_input');
  });
});
