import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { startImport, xlsxBytes } from '../../support/import-files';
import type { ImportCheck } from '../../../shared/contract/imports';
import type { Member, MemberDraftInput } from '../../../shared/domain/member';

let temp: TempLedger;
let ana: Member;
let luis: Member;

const draft = (overrides: Partial<MemberDraftInput>): MemberDraftInput => ({
  kind: 'individual',
  displayName: 'x',
  alias: 'Sandpiper',
  category: 'current_migrant_worker',
  organisationName: null,
  languages: ['es'],
  preferredLanguage: 'es',
  email: null,
  phone: '604 555 0101',
  mayContact: true,
  mayBeNamed: false,
  joinedOn: '2024-01-01',
  leftOn: null,
  notes: 'kept',
  ...overrides,
});

async function create(overrides: Partial<MemberDraftInput>): Promise<Member> {
  const result = await temp.dispatch('members.create', { member: draft(overrides) });
  if (!result.ok) throw new Error(result.error.message);
  return result.data as Member;
}

beforeEach(async () => {
  temp = await openTempLedger();
  ana = await create({ displayName: 'Ana Cruz', email: 'ana@example.org' });
  luis = await create({ displayName: 'Luis Pérez', organisationName: 'Farm Workers Union', category: 'union' });
});
afterEach(() => temp.close());

const file = () =>
  xlsxBytes([
    ['Name', 'Organisation', 'Category', 'Email', 'Languages'],
    ['Ana C.', null, 'current_migrant_worker', 'ANA@example.org', 'Tagalog'], // row 2: email of Ana
    ['LUIS PEREZ', 'farm workers union', 'union', null, null], // row 3: name + organisation of Luis
    ['Mei Lin', null, 'employer', 'mei@example.org', null], // row 4: new
    ['Mei L.', null, 'employer', 'mei@example.org', 'Mandarin'], // row 5: same email as row 4
  ]);

async function staged() {
  const { jobId, progress } = await startImport(temp.dispatch, 'dupes.xlsx', await file());
  return { jobId, mapping: progress.sheet!.suggestedMapping };
}

const count = () => (temp.ledger.sqlite.prepare('select count(*) as n from members').get() as { n: number }).n;
const get = async (id: number) => {
  const result = await temp.dispatch('members.get', { id });
  return result.ok ? (result.data as Member) : undefined;
};

describe('duplicates in an import', () => {
  it('shows matches against the ledger and within the file', async () => {
    const { jobId, mapping } = await staged();
    const check = await temp.dispatch('imports.check', { jobId, mapping });
    const result = check.ok ? (check.data as ImportCheck) : undefined;
    expect(result?.newCount).toBe(1);
    expect(result?.duplicates).toEqual([
      {
        rowNumber: 2,
        displayName: 'Ana C.',
        matchedBy: 'email',
        existing: { kind: 'ledger', memberId: ana.id, displayName: 'Ana Cruz' },
      },
      {
        rowNumber: 3,
        displayName: 'LUIS PEREZ',
        matchedBy: 'nameAndOrganisation',
        existing: { kind: 'ledger', memberId: luis.id, displayName: 'Luis Pérez' },
      },
      {
        rowNumber: 5,
        displayName: 'Mei L.',
        matchedBy: 'email',
        existing: { kind: 'file', rowNumber: 4, displayName: 'Mei Lin' },
      },
    ]);
  });

  it('skips them all', async () => {
    const { jobId, mapping } = await staged();
    const commit = await temp.dispatch('imports.commit', {
      jobId,
      mapping,
      duplicateAction: 'skip',
      duplicateOverrides: [],
    });
    expect(commit).toEqual({ ok: true, data: { created: 1, updated: 0, skipped: 3, rejected: 0, aliasesGiven: 0 } });
    expect(count()).toBe(3);
    expect(await get(ana.id)).toMatchObject({ displayName: 'Ana Cruz', languages: ['es'] });
  });

  it('updates them, changing only what the file says', async () => {
    const { jobId, mapping } = await staged();
    const commit = await temp.dispatch('imports.commit', {
      jobId,
      mapping,
      duplicateAction: 'update',
      duplicateOverrides: [],
    });
    expect(commit).toEqual({ ok: true, data: { created: 1, updated: 3, skipped: 0, rejected: 0, aliasesGiven: 0 } });
    expect(count()).toBe(3);
    // The file's languages replace Ana's; her old preferred language is no longer spoken so it is cleared.
    expect(await get(ana.id)).toMatchObject({
      displayName: 'Ana C.',
      email: 'ANA@example.org',
      languages: ['tl'],
      preferredLanguage: null,
      phone: '604 555 0101',
      notes: 'kept',
      mayContact: true,
    });
    expect(await get(luis.id)).toMatchObject({ displayName: 'LUIS PEREZ', languages: ['es'], phone: '604 555 0101' });
    const list = await temp.dispatch('members.list', { search: 'mei' });
    expect(list.ok && (list.data as { items: { displayName: string; languages: string[] }[] }).items).toEqual([
      expect.objectContaining({ displayName: 'Mei L.', languages: ['zh'] }),
    ]);
  });

  it('follows a per-row choice over the default, including importing as a separate member', async () => {
    const { jobId, mapping } = await staged();
    const commit = await temp.dispatch('imports.commit', {
      jobId,
      mapping,
      duplicateAction: 'skip',
      duplicateOverrides: [
        { rowNumber: 2, action: 'update' },
        { rowNumber: 3, action: 'create' },
      ],
    });
    expect(commit).toEqual({ ok: true, data: { created: 2, updated: 1, skipped: 1, rejected: 0, aliasesGiven: 0 } });
    expect(count()).toBe(4);
    expect((await get(ana.id))?.displayName).toBe('Ana C.');
    expect((await get(luis.id))?.displayName).toBe('Luis Pérez');
  });
});
