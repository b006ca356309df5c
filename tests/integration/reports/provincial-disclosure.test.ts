import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QuarterlyScope } from '../../../shared/domain/report';
import type { ReleasedCell } from '../../../shared/domain/release-register';
import { stakeholderCategories } from '../../../shared/domain/stakeholder-categories';
import { attack, exposed, narrowest, type PublicStructure, type Release } from '../../support/disclosure-attacker';
import { callOk } from '../../support/call-operation';
import { addCategoryMembers, holdMeeting, ofCategory, type ContractMember } from '../../support/contract-network';
import { readReleases } from '../../support/read-releases';
import { normaliseSpaces, pdfTextViaLibreOffice } from '../../support/libreoffice';
import { docxParagraphs } from '../../support/read-zip';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';

/**
 * A network in two provinces. British Columbia: 12 members of every category, all at its two
 * forums of the quarter. Alberta: 12 union members, 12 employers and 3 current migrant workers, all
 * at its one forum, with 2 BC union members who travelled there. Alberta's 3 workers are the small
 * count a reader is after: the national attendances of current workers (27) minus British Columbia's
 * (24) give them away, and so do the national members at the quarter's start (15) minus BC's (12).
 */
const q3 = { fiscalYear: 2026, quarter: 3 } as const;
let temp: TempLedger;
let bc: ContractMember[];
let ab: ContractMember[];
let meetings: { bc: number[]; ab: number };

beforeEach(async () => {
  temp = await openTempLedger({ now: () => new Date('2027-01-20T10:00:00Z') });
  bc = await addCategoryMembers(temp.dispatch, Object.fromEntries(stakeholderCategories.map((category) => [category, 12])));
  ab = await addCategoryMembers(temp.dispatch, { union: 12, employer: 12, current_migrant_worker: 3 }, '2025-01-15', 'AB');
  const everyoneInBc = bc.map((member) => member.id);
  const travellers = ofCategory(bc, 'union').slice(0, 2);
  meetings = {
    bc: [await holdMeeting(temp.dispatch, '2026-10-15', everyoneInBc), await holdMeeting(temp.dispatch, '2026-11-26', everyoneInBc)],
    ab: await holdMeeting(temp.dispatch, '2026-11-05', [...ab.map((member) => member.id), ...travellers], 'Forum in Calgary', {
      province: 'AB',
      timeZone: 'America/Edmonton',
    }),
  };
});
afterEach(async () => temp.close());

const generate = (scope: QuarterlyScope, format: 'docx' | 'xlsx' = 'docx', language: 'en' | 'fr' = 'en') =>
  callOk(temp.dispatch, 'reports.quarterly.generate', { quarter: q3, scope, format, language, status: 'final', confirmedHits: [] });
const shareMinutes = (meetingId: number) =>
  callOk(temp.dispatch, 'reports.minutes.generate', { meetingId, language: 'en', audience: 'shared', confirmedHits: [] });

/** What a reader knows without any figure: the provinces, and where each of the quarter's meetings was held. */
const structure = (): PublicStructure => ({
  heldMeetings: new Map([['2026-Q3', [...meetings.bc, meetings.ab]]]),
  provinces: { all: ['AB', 'BC'], ofMeeting: new Map([...meetings.bc.map((id) => [id, 'BC'] as const), [meetings.ab, 'AB']]) },
});

const cellOf = (release: Release, table: string, row: string, column: string) =>
  release.cells.find((cell) => cell.table === table && cell.row === row && cell.column === column);

describe('a provincial report covers its province only', () => {
  it("counts the meetings held there, everyone who came to them, and its own members' flows", async () => {
    await generate('national');
    await generate('BC');
    await generate('AB');
    const [national, bcReport, abReport] = await readReleases(temp.dispatch);
    expect([national, bcReport, abReport].map((release) => release!.summary.province)).toEqual([null, 'BC', 'AB']);
    // Figures that count no people are printed as they are: the meetings of each province.
    expect(cellOf(national!, 'meetings', 'workers_forum', 'held')?.value).toBe(3);
    expect(cellOf(bcReport!, 'meetings:BC', 'workers_forum', 'held')?.value).toBe(2);
    expect(cellOf(abReport!, 'meetings:AB', 'workers_forum', 'held')?.value).toBe(1);
    // BC's 144 members came to BC's meetings; the national 171 are those and Alberta's 27, the two
    // BC members who went to Calgary counted once (they are among Alberta's participants too).
    expect(cellOf(bcReport!, 'participation:BC', 'total', 'participants')?.value).toBe(144);
    expect(cellOf(national!, 'participation', 'total', 'participants')?.value).toBe(171);
    expect(cellOf(national!, 'participation', 'union', 'participants')?.value).toBe(24);
    // Members are counted in their own province.
    expect(cellOf(bcReport!, 'membership:BC', 'total', 'atEnd')?.value).toBe(144);
    expect(cellOf(abReport!, 'membership:AB', 'total', 'atEnd')?.value).toBe(27);
    expect(cellOf(abReport!, 'membership:AB', 'employer', 'atEnd')?.value).toBe(12);
    // Alberta's three workers are too few to name: folded into "Other", a small count hidden.
    expect(cellOf(abReport!, 'participation:AB', 'current_migrant_worker', 'participants')).toBeUndefined();
    expect(cellOf(abReport!, 'participation:AB', 'other', 'participants')?.marker).toBe('<10');
  });

  it('names its province in the file name, on the cover and in the summary, in English and in French', async () => {
    const english = await generate('BC', 'docx', 'en');
    expect(english.fileName).toBe('quarterly-report-2026-Q3-british-columbia-final.docx');
    const text = docxParagraphs(Buffer.from(english.base64, 'base64')).join('\n');
    expect(text).toContain('Province or territory: British Columbia');
    const french = await generate('BC', 'docx', 'fr');
    expect(french.fileName).toBe('rapport-trimestriel-2026-Q3-colombie-britannique-final.docx');
    expect(docxParagraphs(Buffer.from(french.base64, 'base64')).join('\n')).toContain('Colombie-Britannique');
    const national = await generate('national', 'docx', 'en');
    expect(national.fileName).toBe('quarterly-report-2026-Q3-final.docx');
    expect(docxParagraphs(Buffer.from(national.base64, 'base64')).join('\n')).toContain('All provinces and territories (national report)');
  });
});

describe('the provincial report as LibreOffice opens it', () => {
  it('names the province on the Word cover, in its footer, and on the workbook summary, in French too', async () => {
    const bytesOf = (file: { base64: string }) => Buffer.from(file.base64, 'base64');
    const word = normaliseSpaces(await pdfTextViaLibreOffice('bc.docx', bytesOf(await generate('BC', 'docx', 'en'))));
    expect(word).toContain('Province or territory: British Columbia');
    expect(word).toMatch(/Migrant Worker Support Network — British Columbia — 2026–27 Q3/);
    expect(word).toContain('The narrative is the network’s');
    const sheet = normaliseSpaces(await pdfTextViaLibreOffice('ab.xlsx', bytesOf(await generate('AB', 'xlsx', 'fr'))));
    expect(sheet).toMatch(/Province ou territoire\s+Alberta/);
    const national = normaliseSpaces(await pdfTextViaLibreOffice('national.xlsx', bytesOf(await generate('national', 'xlsx', 'en'))));
    expect(national).toMatch(/Province or territory\s+All provinces and territories \(national report\)/);
  }, 240_000);
});

describe('national and provincial reports of the same quarter, in every order', () => {
  const orders: QuarterlyScope[][] = [
    ['national', 'BC', 'AB'],
    ['AB', 'BC', 'national'],
    ['BC', 'national', 'AB'],
    ['national', 'AB', 'BC'],
  ];
  it.each(orders.map((order) => [order.join(' → '), order] as const))('%s: no hidden count can be pinned or narrowed', async (_name, order) => {
    for (const scope of order) await generate(scope, scope === 'AB' ? 'xlsx' : 'docx', scope === 'BC' ? 'fr' : 'en');
    const releases = await readReleases(temp.dispatch);
    expect(releases.map((release) => release.summary.earlierReleases)).toEqual([0, 1, 2]);
    const abReport = releases.find((release) => release.summary.province === 'AB')!;
    expect(cellOf(abReport, 'participation:AB', 'other', 'attendances')?.marker).toBe('<10');
    expect(cellOf(abReport, 'membership:AB', 'other', 'atStart')?.marker).toBe('<10');
    expect(exposed(await attack(releases, structure()))).toEqual([]);
  });

  it("the national report and one province's leave the other province's small counts wide open, before its report is out", async () => {
    await generate('national');
    await generate('BC');
    const releases = await readReleases(temp.dispatch);
    expect(exposed(await attack(releases, structure()))).toEqual([]);
    for (const variable of ['PA_2026Q3_AB_current_migrant_worker', 'PN_20261001_AB_current_migrant_worker', 'PP_2026Q3_AB_current_migrant_worker']) {
      const { low, high } = await narrowest(releases, structure(), [variable]);
      expect(high - low + 1, variable).toBeGreaterThanOrEqual(5);
    }
  });

  it('the attack is real: printed as a naive report would, national minus British Columbia gives Alberta away', async () => {
    const shown = (table: string, column: string, value: number): ReleasedCell => ({
      table,
      row: 'current_migrant_worker',
      column,
      period: '2026-Q3',
      meetingId: null,
      state: 'shown',
      value,
      marker: null,
    });
    const naive = (id: number, cells: ReleasedCell[]): Release => ({ summary: { id, threshold: 10 } as Release['summary'], cells });
    const releases = [naive(1, [shown('participation', 'attendances', 27), shown('membership', 'atStart', 15)]), naive(2, [shown('participation:BC', 'attendances', 24), shown('membership:BC', 'atStart', 12)])];
    expect(await narrowest(releases, structure(), ['PA_2026Q3_AB_current_migrant_worker'])).toEqual({ low: 3, high: 3 });
    expect(await narrowest(releases, structure(), ['PN_20261001_AB_current_migrant_worker'])).toEqual({ low: 3, high: 3 });
  });
});

describe("a provincial report and its meetings' shared minutes", () => {
  it('minutes after the report, or before it, leave no hidden count pinned', async () => {
    await generate('AB');
    await shareMinutes(meetings.ab);
    expect(exposed(await attack(await readReleases(temp.dispatch), structure()))).toEqual([]);
  });

  it('minutes first, then the provincial and national reports', async () => {
    await shareMinutes(meetings.ab);
    await shareMinutes(meetings.bc[0]!);
    await generate('AB', 'xlsx', 'fr');
    await generate('national');
    expect(exposed(await attack(await readReleases(temp.dispatch), structure()))).toEqual([]);
  });
});
