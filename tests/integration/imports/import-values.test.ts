import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { callOk } from '../../support/call-operation';
import { startImport, xlsxBytes } from '../../support/import-files';
import type { MemberSummary } from '../../../shared/domain/member';

let temp: TempLedger;
beforeEach(async () => {
  temp = await openTempLedger();
});
afterEach(() => temp.close());

const theirSheet = (names: string[]) =>
  xlsxBytes([
    ['Name', 'Sector', 'Languages', 'Main language'],
    [names[0]!, 'MW', 'Filipino, English', 'Filipino'],
    [names[1]!, 'Syndicat', 'Panjabi', null],
    [names[2]!, 'Govt BC', 'Mandarin/Chinese', 'Mandarin'],
    [names[3]!, 'mw', 'Tagalgo', null],
    [names[4]!, 'Gouvernement', 'Creole', null],
  ]);

describe('the value step of an import', () => {
  it('lists each distinct value with its use and the app’s suggestion, and remembers what was confirmed', async () => {
    const first = await startImport(
      temp.dispatch,
      'theirs.xlsx',
      await theirSheet(['A One', 'B Two', 'C Three', 'D Four', 'E Five']),
    );
    const mapping = first.progress.sheet!.suggestedMapping;
    expect(mapping).toEqual(['displayName', 'category', 'languages', 'preferredLanguage']);
    const values = await callOk(temp.dispatch, 'imports.values', { jobId: first.jobId, mapping });
    expect(values.category).toEqual({
      distinctCount: 4,
      values: [
        { text: 'MW', key: 'mw', rowCount: 2, suggestion: 'current_migrant_worker', basis: 'known', candidates: [] },
        {
          text: 'Gouvernement',
          key: 'gouvernement',
          rowCount: 1,
          suggestion: null,
          basis: 'ambiguous',
          candidates: ['government_bc', 'government_canada', 'foreign_government'],
        },
        { text: 'Govt BC', key: 'govt bc', rowCount: 1, suggestion: 'government_bc', basis: 'known', candidates: [] },
        { text: 'Syndicat', key: 'syndicat', rowCount: 1, suggestion: 'union', basis: 'known', candidates: [] },
      ],
    });
    const language = Object.fromEntries(
      values.language.values.map((value) => [value.text, [value.rowCount, value.suggestion, value.basis]]),
    );
    expect(language).toEqual({
      Filipino: [1, 'tl', 'known'],
      English: [1, 'en', 'known'],
      Panjabi: [1, 'pa', 'known'],
      Mandarin: [1, 'zh', 'known'],
      Chinese: [1, 'zh', 'known'],
      Tagalgo: [1, 'tl', 'close'],
      Creole: [1, null, 'ambiguous'],
    });

    // Without choices, the close spelling and the ambiguous values are not guessed.
    const unconfirmed = await callOk(temp.dispatch, 'imports.check', { jobId: first.jobId, mapping });
    expect(unconfirmed.problems.map((problem) => [problem.code, problem.value, problem.rowNumbers])).toEqual([
      ['unknownLanguage', 'Tagalgo', [5]],
      ['unknownCategory', 'Gouvernement', [6]],
      ['unknownLanguage', 'Creole', [6]],
    ]);

    const valueChoices = {
      category: [
        { key: 'mw', code: 'current_migrant_worker' as const },
        { key: 'gouvernement', code: 'government_canada' as const },
      ],
      language: [
        { key: 'tagalgo', code: 'tl' as const },
        { key: 'creole', code: 'ht' as const },
      ],
    };
    const confirmed = await callOk(temp.dispatch, 'imports.check', { jobId: first.jobId, mapping, valueChoices });
    expect(confirmed.invalidRowCount).toBe(0);
    const result = await callOk(temp.dispatch, 'imports.commit', {
      jobId: first.jobId,
      mapping,
      valueChoices,
      duplicateAction: 'skip',
      duplicateOverrides: [],
    });
    expect(result).toMatchObject({ created: 5, rejected: 0, aliasesGiven: 2 });
    const members = await callOk(temp.dispatch, 'members.list', { sortBy: 'displayName' });
    expect(
      members.items.map((member: MemberSummary) => [member.displayName, member.category, member.languages]),
    ).toEqual([
      ['A One', 'current_migrant_worker', ['tl', 'en']],
      ['B Two', 'union', ['pa']],
      ['C Three', 'government_bc', ['zh']],
      ['D Four', 'current_migrant_worker', ['tl']],
      ['E Five', 'government_canada', ['ht']],
    ]);
    // What the app already knew ("MW") is not stored; what the coordinator taught it is.
    expect(
      temp.ledger.sqlite.prepare('select field, folded_value, code from import_value_mappings order by 1, 2').all(),
    ).toEqual([
      { field: 'category', folded_value: 'gouvernement', code: 'government_canada' },
      { field: 'language', folded_value: 'creole', code: 'ht' },
      { field: 'language', folded_value: 'tagalgo', code: 'tl' },
    ]);

    // The next import of a sheet in the same wording needs no choices at all.
    const second = await startImport(temp.dispatch, 'theirs-2.xlsx', await theirSheet(['F', 'G', 'H', 'I', 'J']));
    const remembered = await callOk(temp.dispatch, 'imports.values', { jobId: second.jobId, mapping });
    expect(remembered.category.values.find((value) => value.key === 'gouvernement')).toMatchObject({
      suggestion: 'government_canada',
      basis: 'remembered',
    });
    expect(remembered.language.values.find((value) => value.key === 'creole')).toMatchObject({
      suggestion: 'ht',
      basis: 'remembered',
    });
    const check = await callOk(temp.dispatch, 'imports.check', { jobId: second.jobId, mapping });
    expect(check.invalidRowCount).toBe(0);
  });

  it('still knows a meaning remembered under the older folding (Cyrillic marks kept), the later choice winning', async () => {
    // Before Cyrillic marks were folded, "Українська" was remembered as "українська"; it folds to "украiнська" now.
    const folded = 'україн'.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
    const remember = temp.ledger.sqlite.prepare("insert into import_value_mappings (field, folded_value, code, updated_at) values ('language', ?, ?, ?)");
    remember.run('українська', 'uk', '2026-02-01T00:00:00.000Z');
    remember.run(`${folded}ська`, 'ar', '2026-01-01T00:00:00.000Z');
    const sheet = await xlsxBytes([
      ['Name', 'Sector', 'Languages'],
      ['A One', 'Union', 'УКРАЇНСЬКА'],
    ]);
    const started = await startImport(temp.dispatch, 'ukrainian.xlsx', sheet);
    const values = await callOk(temp.dispatch, 'imports.values', { jobId: started.jobId, mapping: started.progress.sheet!.suggestedMapping });
    expect(values.language.values).toEqual([
      expect.objectContaining({ text: 'УКРАЇНСЬКА', key: `${folded}ська`, suggestion: 'uk', basis: 'remembered' }),
    ]);
  });

  it('does not flood the list with a column of names mapped as categories by mistake', async () => {
    const rows = Array.from({ length: 400 }, (_, index) => [`Person ${index}`, `Person ${index}`]);
    const { jobId } = await startImport(temp.dispatch, 'names.xlsx', await xlsxBytes([['Name', 'Category'], ...rows]));
    const values = await callOk(temp.dispatch, 'imports.values', { jobId, mapping: ['displayName', 'category'] });
    expect(values.category.distinctCount).toBe(400);
    expect(values.category.values).toHaveLength(300);
    // The most used unmatched values one per line, then one line for the rest.
    const check = await callOk(temp.dispatch, 'imports.check', { jobId, mapping: ['displayName', 'category'] });
    expect(check.invalidRowCount).toBe(400);
    expect(check.problems).toHaveLength(11);
    expect(check.problems[0]).toMatchObject({
      code: 'otherUnknownCategories',
      valueCount: 390,
      rowCount: 390,
      value: null,
    });
    expect(check.problems[0]?.examples).toHaveLength(3);
    expect(check.problems[0]?.rowNumbers).toHaveLength(50);
    expect(
      check.problems.slice(1).every((problem) => problem.code === 'unknownCategory' && problem.rowCount === 1),
    ).toBe(true);
  });
});
