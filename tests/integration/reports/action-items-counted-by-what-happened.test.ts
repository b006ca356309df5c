import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger } from '../../../electron/ledger/ledger';
import { migrations } from '../../../electron/ledger/migrations';
import { gatherQuarterlyReport } from '../../../electron/reports/quarterly/quarterly-report-query';
import { callOk, meetingDraft } from '../../support/seed';
import { makeTempDir, openTempLedger, type TempLedger } from '../../support/temp-ledger';

/** Noon local time on a day: the ledger's "today" is the machine's local date. */
const noonOn = (day: string) => new Date(`${day}T12:00:00`);
const item = (description: string) => ({
  description,
  sectionId: null,
  ownerMemberId: null,
  ownerName: 'Coordinator',
  dueOn: null,
  status: 'open' as const,
});

const fy2026q3 = { fiscalYear: 2026, quarter: 3 } as const; // October to December 2026
const fy2026q4 = { fiscalYear: 2026, quarter: 4 } as const; // January to March 2027
const fy2027q1 = { fiscalYear: 2027, quarter: 1 } as const; // April to June 2027

let temp: TempLedger | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await temp?.close();
  temp = undefined;
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function figures(quarter: { fiscalYear: number; quarter: 1 | 2 | 3 | 4 }) {
  const data = await gatherQuarterlyReport(temp!.ledger.db, quarter, {
    status: 'draft',
    generatedOn: '2027-07-01',
    language: 'en',
  });
  return data.actionItems;
}

describe('action items are counted by what happened', () => {
  it('counts items typed in a later quarter in their meeting’s quarter, and closings on the day they were marked done', async () => {
    let today = noonOn('2026-12-05');
    temp = await openTempLedger({ now: () => today });
    const { dispatch } = temp;
    const meeting = await callOk(dispatch, 'meetings.create', {
      meeting: meetingDraft({ heldOn: '2026-12-05', status: 'held' }),
    });
    const minutes = await callOk(dispatch, 'minutes.start', { meetingId: meeting.meeting.id });

    // The minutes are typed up in February, in the next quarter.
    today = noonOn('2027-02-10');
    await callOk(dispatch, 'minutes.actionItems.add', { minutesId: minutes.id, item: item('Write to the ministry') });
    const typed = await callOk(dispatch, 'minutes.actionItems.add', {
      minutesId: minutes.id,
      item: item('Book interpreters for spring'),
    });
    const letter = typed.actionItems.find((candidate) => candidate.description === 'Write to the ministry')!;
    const spring = typed.actionItems.find((candidate) => candidate.description === 'Book interpreters for spring')!;
    await callOk(dispatch, 'minutes.actionItems.setStatus', { id: letter.id, status: 'done' });

    // In May the wording of the letter item is corrected, and the interpreters are booked.
    today = noonOn('2027-05-03');
    await callOk(dispatch, 'minutes.actionItems.update', {
      id: letter.id,
      item: { ...item('Write to the federal ministry'), status: 'done' },
    });
    await callOk(dispatch, 'minutes.actionItems.setStatus', { id: spring.id, status: 'done' });

    expect(await figures(fy2026q3)).toEqual({ opened: 2, closed: 0 });
    expect(await figures(fy2026q4)).toEqual({ opened: 0, closed: 1 });
    expect(await figures(fy2027q1)).toEqual({ opened: 0, closed: 1 });

    // Reopened, an item is no longer closed; done again, it is closed on the new day.
    today = noonOn('2027-07-02');
    await callOk(dispatch, 'minutes.actionItems.setStatus', { id: letter.id, status: 'in_progress' });
    expect(await figures(fy2026q4)).toEqual({ opened: 0, closed: 0 });
    await callOk(dispatch, 'minutes.actionItems.setStatus', { id: letter.id, status: 'done' });
    expect(await figures({ fiscalYear: 2027, quarter: 2 })).toEqual({ opened: 0, closed: 1 });

    // The document itself says so: the Summary sheet of the meeting's quarter counts both items as opened.
    const file = await callOk(dispatch, 'reports.quarterly.generate', {
      quarter: fy2026q3,
      format: 'xlsx',
      language: 'en',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const summary = workbook.worksheets[0]!;
    const valueOf = (label: string) => {
      let found: unknown;
      summary.eachRow((row) => {
        if (row.getCell(1).value === label) found = row.getCell(2).value;
      });
      return found;
    };
    expect(valueOf('Action items opened')).toBe(2);
    expect(valueOf('Action items closed')).toBe(0);
  });

  it('backfills the closing day of items done before the column existed, from the audit log or else the last change', async () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const file = path.join(dir, 'ledger.sqlite');
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '2026-11-30-900'));
    const old = await openLedger({ path: file, migrations: before, now: () => noonOn('2026-11-20') });
    // Written as rows, not through today's handlers, which write columns later steps added.
    const meetingId = Number(
      old.sqlite
        .prepare(
          "insert into meetings (kind, title, held_on, starts_at, ends_at, status, created_at, updated_at) values ('plenary', 'Plenary', '2026-11-20', '18:00', '20:00', 'held', ?, ?)",
        )
        .run(noonOn('2026-11-20').toISOString(), noonOn('2026-11-20').toISOString()).lastInsertRowid,
    );
    const minutes = {
      id: Number(
        old.sqlite
          .prepare('insert into minutes (meeting_id, created_at, updated_at) values (?, ?, ?)')
          .run(meetingId, noonOn('2026-11-20').toISOString(), noonOn('2026-11-20').toISOString()).lastInsertRowid,
      ),
    };
    // Rows as the app wrote them before the column existed: the status change is in the audit log only.
    const stamp = (day: string) => noonOn(day).toISOString();
    const insert = old.sqlite.prepare(
      'insert into action_items (minutes_id, description, status, created_at, updated_at) values (?, ?, ?, ?, ?)',
    );
    const audited = Number(
      insert.run(minutes.id, 'Audited', 'done', stamp('2026-11-20'), stamp('2027-04-20')).lastInsertRowid,
    );
    const unaudited = Number(
      insert.run(minutes.id, 'Not audited', 'done', stamp('2026-11-20'), stamp('2027-03-03')).lastInsertRowid,
    );
    const stillOpen = Number(
      insert.run(minutes.id, 'Open', 'open', stamp('2026-11-20'), stamp('2027-03-03')).lastInsertRowid,
    );
    const audit = old.sqlite.prepare(
      "insert into audit_log (at, operation, entity_type, entity_id, changes) values (?, ?, 'action_item', ?, ?)",
    );
    audit.run(
      stamp('2027-01-15'),
      'minutes.actionItems.setStatus',
      audited,
      JSON.stringify({ status: { from: 'open', to: 'done' } }),
    );
    // Reworded later, still done: that entry sets no status, so the day it was marked done stays.
    audit.run(
      stamp('2027-04-20'),
      'minutes.actionItems.update',
      audited,
      JSON.stringify({ description: { from: 'Audit', to: 'Audited' } }),
    );
    await old.close();

    const migrated = await openLedger({ path: file });
    try {
      const closed = migrated.sqlite.prepare('select id, closed_on from action_items order by id').all() as Array<{
        id: number;
        closed_on: string | null;
      }>;
      expect(closed.find((row) => row.id === audited)?.closed_on).toBe('2027-01-15');
      expect(closed.find((row) => row.id === unaudited)?.closed_on).toBe('2027-03-03');
      expect(closed.find((row) => row.id === stillOpen)?.closed_on).toBeNull();
    } finally {
      await migrated.close();
    }
  });
});
