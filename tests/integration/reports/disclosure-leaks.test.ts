import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FiscalQuarter } from '../../../shared/domain/fiscal-quarter';
import type { ReportFile } from '../../../shared/domain/report';
import { stakeholderCategories } from '../../../shared/domain/stakeholder-categories';
import { attack, exposed, type Release } from '../../support/disclosure-attacker';
import { callOk } from '../../support/call-operation';
import { addCategoryMembers, holdMeeting, markPresent, ofCategory, type ContractMember } from '../../support/contract-network';
import { readReleases } from '../../support/read-releases';
import { docxParagraphs } from '../../support/read-zip';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { addMember, ok } from '../meetings/meeting-fixtures';

const q3 = { fiscalYear: 2026, quarter: 3 } as const;
let temp: TempLedger;
let members: ContractMember[];
let meetings: number[];

/**
 * The first leak, as found: 10 worker-advocacy members came once each (10 participants, 10
 * attendances), 3 of 12 former workers came (with 8 former workers as guests, 11 attendances, so only
 * their participants are small). Hiding the 10 participants as "x" next to the "<10" did not help,
 * since participants <= attendances pinned them, and the total then gave the 3 away.
 */
beforeEach(async () => {
  temp = await openTempLedger({ now: () => new Date('2027-01-20T10:00:00Z') });
  members = await addCategoryMembers(
    temp.dispatch,
    Object.fromEntries(stakeholderCategories.map((category) => [category, 12])),
  );
  const everyoneElse = members.filter((member) => !['former_migrant_worker', 'worker_advocacy'].includes(member.category));
  const advocacy = ofCategory(members, 'worker_advocacy');
  const former = ofCategory(members, 'former_migrant_worker');
  meetings = [
    await holdMeeting(temp.dispatch, '2026-10-15', [...everyoneElse.map((m) => m.id), ...advocacy.slice(0, 5), ...former.slice(0, 2)]),
    await holdMeeting(temp.dispatch, '2026-11-26', [...everyoneElse.map((m) => m.id), ...advocacy.slice(5, 10), former[2]!]),
  ];
  await ok(temp.dispatch, 'meetings.rollCall.setGuests', { meetingId: meetings[0], category: 'former_migrant_worker', count: 8 });
});
afterEach(async () => temp.close());

const generateQuarterly = (format: 'docx' | 'xlsx', language: 'en' | 'fr', quarter: FiscalQuarter = q3) =>
  callOk(temp.dispatch, 'reports.quarterly.generate', { quarter, format, language, status: 'final', confirmedHits: [] });
const generateSharedMinutes = (meetingId: number) =>
  callOk(temp.dispatch, 'reports.minutes.generate', { meetingId, language: 'en', audience: 'shared', confirmedHits: [] });
const heldMeetings = () => new Map([['2026-Q3', meetings]]);

describe('one quarterly report is no longer enough to recover a small count', () => {
  it('hides the small count, and no reader of the report can pin it or its protector', async () => {
    const file = await generateQuarterly('docx', 'en');
    const text = docxParagraphs(Buffer.from(file.base64, 'base64'));
    const formerRow = text.indexOf('Former migrant workers');
    expect(text[formerRow + 1]).toBe('<10');
    const releases = await readReleases(temp.dispatch);
    const cell = (row: string, column: string) => releases[0]!.cells.find((c) => c.table === 'participation' && c.row === row && c.column === column)!;
    expect(cell('former_migrant_worker', 'participants').marker).toBe('<10');
    expect(cell('total', 'participants').state).toBe('shown');
    expect(exposed(await attack(releases, { heldMeetings: heldMeetings() }))).toEqual([]);
  });
});

describe("the quarter's documents together", () => {
  it('the report and the shared minutes of every meeting leave no hidden count pinned', async () => {
    await generateQuarterly('docx', 'en');
    for (const meetingId of meetings) await generateSharedMinutes(meetingId);
    const releases = await readReleases(temp.dispatch);
    expect(releases.map((release) => release.summary.earlierReleases)).toEqual([0, 1, 2]);
    expect(exposed(await attack(releases, { heldMeetings: heldMeetings() }))).toEqual([]);
  });

  it('minutes shared before the report protect the report to come, and the other way round', async () => {
    for (const meetingId of meetings) await generateSharedMinutes(meetingId);
    await generateQuarterly('xlsx', 'fr');
    expect(exposed(await attack(await readReleases(temp.dispatch), { heldMeetings: heldMeetings() }))).toEqual([]);
  });
});

describe('consecutive quarterly reports', () => {
  it("link this quarter's start to the last quarter's end without giving away a small number of leavers", async () => {
    // One more union member, who leaves in the third quarter while nobody joins: start 13, left 1, end 12.
    await addMember(temp.dispatch, { displayName: 'Leaving rep', category: 'union', joinedOn: '2025-01-15', leftOn: '2026-11-30' });
    await generateQuarterly('docx', 'en', { fiscalYear: 2026, quarter: 2 });
    await generateQuarterly('docx', 'en');
    const releases = await readReleases(temp.dispatch);
    const left = releases[1]!.cells.find((c) => c.table === 'membership' && c.row === 'union' && c.column === 'left')!;
    expect(left.marker).toBe('<10');
    expect(exposed(await attack(releases, { heldMeetings: new Map([...heldMeetings(), ['2026-Q2', []]]) }))).toEqual([]);
  });
});

describe('rare categories', () => {
  it('fold a language only one person used into "Other languages", in the file and in the register', async () => {
    const deaf = ofCategory(members, 'union')[0]!;
    await ok(temp.dispatch, 'meetings.rollCall.setInterpretation', { meetingId: meetings[0], memberId: deaf, languageCode: 'asl' });
    await ok(temp.dispatch, 'interpretation.bookings.create', {
      meetingId: meetings[0],
      booking: {
        languageCode: 'asl',
        mode: 'simultaneous',
        provider: 'Signing Co-op',
        contact: null,
        bookedMinutes: 120,
        actualMinutes: 120,
        hourlyRateCents: 9000,
        minimumChargeCents: 0,
        travelCents: 0,
        cancellationFeeCents: 0,
        status: 'delivered',
        notes: null,
      },
    });
    for (const [language, grouped, named] of [
      ['en', 'Other languages (grouped)', 'American Sign Language'],
      ['fr', 'Autres langues (regroupées)', 'Langue des signes'],
    ] as const) {
      const text = docxParagraphs(Buffer.from((await generateQuarterly('docx', language)).base64, 'base64')).join('\n');
      expect(text).toContain(grouped);
      expect(text).not.toContain(named);
    }
    const [release] = await readReleases(temp.dispatch);
    const rows = new Set(release!.cells.filter((c) => c.table === 'interpretation').map((c) => c.row));
    expect([...rows]).toEqual(['other']);
  });
});

describe('the same document again', () => {
  it('publishes the same cells in every format and language, and a later correction is a new release', async () => {
    await generateQuarterly('docx', 'en');
    await generateQuarterly('xlsx', 'fr');
    const [first, second] = await readReleases(temp.dispatch);
    const counts = (release: Release) => release.cells.filter((c) => ['participation', 'membership'].includes(c.table));
    expect(counts(second!)).toEqual(counts(first!));
    expect(second!.summary.fileSha256).not.toBe(first!.summary.fileSha256);

    // A late roll-call mark changes the figures: the report is generated again, audited against both.
    await markPresent(temp.dispatch, meetings[1]!, ofCategory(members, 'former_migrant_worker')[5]!);
    const file: ReportFile = await generateQuarterly('docx', 'en');
    expect(file.fileName).toBe('quarterly-report-2026-Q3-final.docx');
    const third = (await readReleases(temp.dispatch))[2]!;
    // The earlier copies' participation counts no longer describe the ledger; their other cells still do.
    expect(third.summary.earlierReleases).toBe(2);
    const former = third.cells.find((c) => c.table === 'participation' && c.row === 'former_migrant_worker' && c.column === 'participants');
    expect(former?.marker).toBe('<10');
  });
});
