import type { VoteSetup } from '../../../shared/contract/votes';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../../shared/domain/meeting-detail';
import type { Minutes } from '../../../shared/domain/minutes';
import type { RedactionHit, ReportFile } from '../../../shared/domain/report';
import { addMember, meetingInput, ok } from '../meetings/meeting-fixtures';
import { docxHeadings, docxParagraphs, readZip } from '../../support/read-zip';
import { normaliseSpaces, pdfTextViaLibreOffice } from '../../support/libreoffice';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';

const everyC0 = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('');
const hostile = `=cmd|'/c calc'!A1${everyC0}Ana`;

let temp: TempLedger;
let plenaryId: number;
let nextPlenaryId: number;
let workers: number[];

const bytesOf = (file: ReportFile) => Buffer.from(file.base64, 'base64');

beforeEach(async () => {
  temp = await openTempLedger({ now: () => new Date('2026-11-25T09:00:00Z') });
  const { dispatch } = temp;
  workers = [];
  for (const [name, alias, mayBeNamed] of [
    ['Rosalinda Quispe', 'Rosa', false],
    ['Luis Ortega', 'Luis', true],
    [hostile, 'Worker A', false],
  ] as const) {
    workers.push(
      await addMember(dispatch, {
        displayName: name,
        alias,
        category: 'current_migrant_worker',
        mayBeNamed,
        languages: ['es'],
        preferredLanguage: 'es',
      }),
    );
  }
  for (let index = 0; index < 11; index += 1)
    await addMember(dispatch, { displayName: `Union rep ${index + 1}`, category: 'union' });
  plenaryId = (await ok<MeetingDetail>(dispatch, 'meetings.create', { meeting: meetingInput() })).meeting.id;
  nextPlenaryId = (
    await ok<MeetingDetail>(dispatch, 'meetings.create', {
      meeting: meetingInput({ title: 'Spring plenary', heldOn: '2027-03-13', startsAt: '10:00', endsAt: '13:00' }),
    })
  ).meeting.id;
  await ok(dispatch, 'meetings.rollCall.markAllPresent', { meetingId: plenaryId });
  await ok(dispatch, 'meetings.rollCall.setGuests', { meetingId: plenaryId, category: 'settlement_agency', count: 2 });
  await ok(dispatch, 'meetings.update', { id: plenaryId, meeting: meetingInput({ status: 'held' }) });
  let minutes = await ok<Minutes>(dispatch, 'minutes.start', { meetingId: plenaryId });
  const voices = minutes.sections[0]!;
  minutes = await ok<Minutes>(dispatch, 'minutes.testimony.add', {
    sectionId: voices.id,
    testimony: { memberId: workers[0], summary: 'Described unpaid overtime.' },
  });
  minutes = await ok<Minutes>(dispatch, 'minutes.testimony.add', {
    sectionId: voices.id,
    testimony: { memberId: workers[1], summary: 'Spoke about housing.' },
  });
  await ok(dispatch, 'minutes.section.update', {
    sectionId: voices.id,
    notes: 'Rosalinda Quispe asked for Spanish materials.',
    decisions: 'Refer housing to the policy group.',
  });
  await ok(dispatch, 'minutes.actionItems.add', {
    minutesId: minutes.id,
    item: {
      description: 'Write to ESDC about housing',
      sectionId: voices.id,
      ownerMemberId: null,
      ownerName: 'Coordinator',
      dueOn: '2027-01-15',
      status: 'open',
    },
  });
  const recommendation = await ok<{ recommendation: { id: number } }>(dispatch, 'recommendations.create', {
    recommendation: {
      kind: 'policy',
      title: 'Open work permits',
      text: 'Seasonal workers should receive open work permits.',
      rationale: 'Tied permits silence workers.',
      workingGroupId: null,
      workingGroupName: 'Policy working group',
      draftedOn: '2026-11-01',
    },
  });
  await ok(dispatch, 'recommendations.changeStatus', {
    id: recommendation.recommendation.id,
    change: { to: 'tabled', on: '2026-11-20', meetingId: nextPlenaryId },
  });
});
afterEach(async () => temp.close());

describe('minutes', () => {
  it('shows workers by alias unless they consented, and refuses until a real name in the notes is confirmed', async () => {
    const check = await ok<{ hits: RedactionHit[] }>(temp.dispatch, 'reports.meeting.redactionCheck', {
      meetingId: plenaryId,
      document: 'minutes_members',
    });
    expect(check.hits.map((hit) => hit.matchedText)).toEqual(['Rosalinda Quispe']);
    const refused = await temp.dispatch('reports.minutes.generate', {
      meetingId: plenaryId,
      language: 'en',
      audience: 'members',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const file = await ok<ReportFile>(temp.dispatch, 'reports.minutes.generate', {
      meetingId: plenaryId,
      language: 'en',
      audience: 'members',
      confirmedHits: check.hits.map((hit) => hit.key),
    });
    const text = docxParagraphs(bytesOf(file)).join('\n');
    expect(text).toContain('Testimony — Rosa: Described unpaid overtime.');
    expect(text).toContain('Testimony — Luis Ortega: Spoke about housing.');
    expect(docxHeadings(bytesOf(file)).map((heading) => heading.text)).toEqual(
      expect.arrayContaining(['Attendance', 'Notes and decisions', 'Action items', 'Approval']),
    );
  });

  it('hides small attendance counts in the shared copy and keeps the true total', async () => {
    const hits = await ok<{ hits: RedactionHit[] }>(temp.dispatch, 'reports.meeting.redactionCheck', {
      meetingId: plenaryId,
      document: 'minutes_shared',
    });
    const file = await ok<ReportFile>(temp.dispatch, 'reports.minutes.generate', {
      meetingId: plenaryId,
      language: 'fr',
      audience: 'shared',
      confirmedHits: hits.hits.map((hit) => hit.key),
    });
    const paragraphs = docxParagraphs(bytesOf(file));
    // Only 3 workers are members at all: their category is folded with the empty ones into "Other",
    // whose 3 present (below 10) are hidden. The 11 union reps must be hidden too, or 14 - 11 gives
    // the 3 away; with "x" (10 or more) beside it, "Other" can be anything from 0 to 4: five values.
    expect(paragraphs).not.toContain('Travailleurs migrants actuels');
    const otherRow = paragraphs.indexOf('Autres catégories (regroupées)');
    expect(paragraphs[otherRow + 1]).toBe('<10');
    const unionRow = paragraphs.indexOf('Syndicats et organisations syndicales');
    expect(paragraphs[unionRow + 1]).toBe('x');
    const totalRow = paragraphs.indexOf('Total');
    expect(paragraphs[totalRow + 1]).toBe('14');
    expect(paragraphs.join('\n')).toMatch(/cellules sont masquées pour protéger les identités/);
    expect(paragraphs.join('\n')).toContain('Aucun autre document transmis aux bailleurs de fonds');
  });
});

describe('plenary packet', () => {
  it('carries the cover, agenda with times, previous draft minutes, recommendations and open action items, and opens in LibreOffice', async () => {
    const hits = await ok<{ hits: RedactionHit[] }>(temp.dispatch, 'reports.meeting.redactionCheck', {
      meetingId: nextPlenaryId,
      document: 'plenary_packet',
    });
    expect(hits.hits.map((hit) => hit.matchedText)).toContain('Rosalinda Quispe');
    const before = await ok<{ readiness: { packetGenerated: boolean } }>(temp.dispatch, 'meetings.get', { id: nextPlenaryId });
    expect(before.readiness.packetGenerated).toBe(false);
    const file = await ok<ReportFile>(temp.dispatch, 'reports.plenaryPacket.generate', {
      meetingId: nextPlenaryId,
      language: 'en',
      confirmedHits: hits.hits.map((hit) => hit.key),
    });
    expect(file.fileName).toBe(`plenary-packet-2027-03-13-${nextPlenaryId}.docx`);
    // The Dashboard's readiness check stops asking for the packet once it exists.
    const after = await ok<{ readiness: { packetGenerated: boolean } }>(temp.dispatch, 'meetings.get', { id: nextPlenaryId });
    expect(after.readiness.packetGenerated).toBe(true);
    const bytes = bytesOf(file);
    expect(readZip(bytes).get('word/footer1.xml')!.toString()).toContain('Draft');
    const pdf = normaliseSpaces(await pdfTextViaLibreOffice(file.fileName, bytes));
    expect(pdf).toContain('Plenary packet: Spring plenary');
    expect(pdf).toMatch(/Interpretation offered: None booked/);
    expect(pdf).toContain('Draft minutes of the previous plenary, for approval');
    expect(pdf).toContain('Winter plenary');
    expect(pdf).toContain('Open work permits');
    expect(pdf).toContain('Write to ESDC about housing');
    expect(pdf).toMatch(/10:00\s+/);
  }, 120_000);
});

describe('attendance register', () => {
  it('needs the personal-data acknowledgement, names members, and keeps a hostile name as text', async () => {
    const refused = await temp.dispatch('reports.attendanceRegister.generate', {
      meetingId: plenaryId,
      language: 'en',
      acknowledgePersonalData: false,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'acknowledgePersonalData' }] },
    });
    const file = await ok<ReportFile>(temp.dispatch, 'reports.attendanceRegister.generate', {
      meetingId: plenaryId,
      language: 'en',
      acknowledgePersonalData: true,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytesOf(file) as unknown as ArrayBuffer);
    const register = workbook.getWorksheet('Attendance')!;
    const names = register.getColumn(1).values.slice(2).map(String);
    expect(names).toContain('Rosalinda Quispe');
    const hostileCell = names.find((name) => name.includes('cmd'))!;
    expect(hostileCell.startsWith("'=cmd")).toBe(true);

    expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(hostileCell)).toBe(false);
    const pdf = normaliseSpaces(await pdfTextViaLibreOffice(file.fileName, bytesOf(file)));
    expect(pdf).toContain('Personal information');
    expect(pdf).toContain('Rosalinda Quispe');
  }, 120_000);
});

describe('hostile text through the meeting documents', () => {
  it('strips control characters and keeps formula triggers as plain text in the minutes and the packet', async () => {
    const owner = await addMember(temp.dispatch, {
      displayName: `=HYPERLINK("http://evil")${everyC0}Pat`,
      category: 'union',
    });
    const minutes = await ok<Minutes>(temp.dispatch, 'minutes.get', { meetingId: plenaryId });
    await ok(temp.dispatch, 'minutes.section.update', {
      sectionId: minutes.sections[1]!.id,
      notes: `@SUM(1+1)${everyC0}noted`,
      decisions: '',
    });
    await ok(temp.dispatch, 'minutes.actionItems.add', {
      minutesId: minutes.id,
      item: {
        description: `+cmd${everyC0}follow up`,
        sectionId: null,
        ownerMemberId: owner,
        ownerName: null,
        dueOn: null,
        status: 'open',
      },
    });
    const confirmAll = async (meetingId: number, document: string) =>
      (
        await ok<{ hits: RedactionHit[] }>(temp.dispatch, 'reports.meeting.redactionCheck', { meetingId, document })
      ).hits.map((hit) => hit.key);
    const files = [
      await ok<ReportFile>(temp.dispatch, 'reports.minutes.generate', {
        meetingId: plenaryId,
        language: 'en',
        audience: 'members',
        confirmedHits: await confirmAll(plenaryId, 'minutes_members'),
      }),
      await ok<ReportFile>(temp.dispatch, 'reports.plenaryPacket.generate', {
        meetingId: nextPlenaryId,
        language: 'fr',
        confirmedHits: await confirmAll(nextPlenaryId, 'plenary_packet'),
      }),
    ];
    for (const file of files) {
      const xml = readZip(bytesOf(file)).get('word/document.xml')!.toString('utf8');
      expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)).toBe(false);
      expect(xml).toContain('HYPERLINK(&quot;http://evil&quot;)');
      const pdf = await pdfTextViaLibreOffice(file.fileName, bytesOf(file));
      expect(pdf).toContain('follow up');
    }
  }, 180_000);
});

describe('votes in the minutes', () => {
  it('records the rule, tallies and result; the shared copy keeps the result but not small tallies or names', async () => {
    const { dispatch } = temp;
    await ok(dispatch, 'meetings.rollCall.markAllPresent', { meetingId: nextPlenaryId });
    await ok(dispatch, 'meetings.update', {
      id: nextPlenaryId,
      meeting: meetingInput({
        title: 'Spring plenary',
        heldOn: '2027-03-13',
        startsAt: '10:00',
        endsAt: '13:00',
        status: 'held',
      }),
    });
    await ok(dispatch, 'minutes.start', { meetingId: nextPlenaryId });
    const recommendations = await ok<{ items: Array<{ id: number }> }>(dispatch, 'recommendations.list', {});
    const setup = await ok<VoteSetup>(dispatch, 'votes.setup', { meetingId: nextPlenaryId });
    await ok(dispatch, 'votes.record', {
      vote: {
        meetingId: nextPlenaryId,
        motion: { kind: 'recommendation', recommendationId: recommendations.items[0]!.id },
        moverMemberId: setup.present[0]!.memberId,
        seconderMemberId: setup.present[1]!.memberId,
        method: 'show_of_hands',
        rule: 'simple_majority',
        tally: { for: 9, against: 3, abstain: 2, block: 0 },
      },
    });
    const members = await ok<ReportFile>(dispatch, 'reports.minutes.generate', {
      meetingId: nextPlenaryId,
      language: 'en',
      audience: 'members',
    });
    const text = docxParagraphs(bytesOf(members)).join('\n');
    expect(text).toContain('Recommendation “Open work permits');
    expect(text).toContain(`Moved by ${setup.present[0]!.name}`);
    expect(text).toContain('By show of hands; rule: simple majority of votes cast.');
    expect(text).toContain('For 9, against 3, abstaining 2.');
    expect(text).toMatch(/Carried\. 7 needed of 12 cast\./);
    const shared = await ok<ReportFile>(dispatch, 'reports.minutes.generate', {
      meetingId: nextPlenaryId,
      language: 'en',
      audience: 'shared',
    });
    const sharedText = docxParagraphs(bytesOf(shared)).join('\n');
    expect(sharedText).toContain('Carried.');
    expect(sharedText).not.toContain('For 9, against 3');
    expect(sharedText).toContain('Moved and seconded.');
    expect(sharedText).not.toContain(`Moved by ${setup.present[0]!.name}`);
  });
});
