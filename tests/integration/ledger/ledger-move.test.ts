import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedReportLedger } from '../../../bench/seed-report-ledger';
import { reportBenchScale } from '../../../bench/report-bench';
import { loadDemoNetwork } from '../../../electron/demo/load-demo-network';
import { createDispatcher } from '../../../electron/handlers/dispatch';
import { openLedger } from '../../../electron/ledger/ledger';
import { moveLedgerToPostgres } from '../../../electron/ledger/move/move-ledger';
import { callOk } from '../../support/call-operation';
import { ledgerRows } from '../../support/ledger-rows';
import { memberDraft } from '../../support/member-drafts';
import { makeTempDir } from '../../support/temp-ledger';
import { createTestDatabase, onPostgres, type TestDatabase } from '../../support/test-engine';

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const dirs: string[] = [];
const databases: TestDatabase[] = [];
afterEach(async () => {
  for (const database of databases.splice(0)) await database.drop();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** The benchmark's ledger (bench/seed-report-ledger.ts at the report bench's scale), with the demo network's registry and funding. */
async function benchmarkLedgerFile(): Promise<string> {
  const dir = makeTempDir();
  dirs.push(dir);
  const file = path.join(dir, 'ledger.sqlite');
  const ledger = await openLedger({ path: file });
  await loadDemoNetwork(ledger, { memberCount: 150, seed: 2026 });
  await seedReportLedger(ledger, reportBenchScale, 2026);
  await callOk(createDispatcher({ ledger, dataDir: dir }, () => undefined), 'members.withdraw', { id: 3, confirmErasure: true });
  await ledger.close();
  return file;
}

describe.runIf(onPostgres)('moving an SQLite ledger to PostgreSQL', () => {
  it('copies every table identically, row counts and checksums, and leaves the file as it was', { timeout: 240_000 }, async () => {
    const file = await benchmarkLedgerFile();
    const before = sha256(file);
    const database = await createTestDatabase();
    databases.push(database);

    const report = await moveLedgerToPostgres({ from: file, to: database.url });
    expect(report.tables.filter((table) => !table.identical)).toEqual([]);
    expect(report.identical).toBe(true);
    const counted = new Map(report.tables.map((table) => [table.table, table.postgres.rows]));
    for (const table of ['members', 'organisations', 'meetings', 'meeting_attendance', 'audit_log', 'member_search', 'working_groups', 'funding_agreements']) {
      expect(counted.get(table), table).toBeGreaterThan(0);
    }
    expect(counted.get('members')).toBe(150 + reportBenchScale.members);
    expect(report.notCopied.every((table) => table.startsWith('member_search'))).toBe(true);
    expect(sha256(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`) || fs.existsSync(`${file}-shm`)).toBe(false);

    // The moved ledger works: searched, and new records continue after the copied ids.
    const ledger = await openLedger({ path: '', databaseUrl: database.url });
    try {
      const dispatch = createDispatcher({ ledger, dataDir: path.dirname(file) }, () => undefined);
      const created = await callOk(dispatch, 'members.create', { member: memberDraft({ displayName: 'After The Move', alias: 'Curlew' }) });
      expect(created.id).toBeGreaterThan(counted.get('members') as number);
      expect((await callOk(dispatch, 'members.list', { search: 'after the move' })).total).toBe(1);
      const withdrawn = await ledgerRows<{ display_name: string }>(ledger, 'select display_name from members where id = 3');
      expect(withdrawn[0]?.display_name).toBe('Withdrawn member 1');
    } finally {
      await ledger.close();
    }
  });

  it('refuses a database that already holds records, copying nothing', async () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const file = path.join(dir, 'ledger.sqlite');
    const source = await openLedger({ path: file });
    await callOk(createDispatcher({ ledger: source, dataDir: dir }, () => undefined), 'members.create', { member: memberDraft() });
    await source.close();
    const database = await createTestDatabase();
    databases.push(database);
    const occupied = await openLedger({ path: '', databaseUrl: database.url });
    await callOk(createDispatcher({ ledger: occupied, dataDir: dir }, () => undefined), 'members.create', { member: memberDraft({ displayName: 'Already here' }) });
    await occupied.close();
    await expect(moveLedgerToPostgres({ from: file, to: database.url })).rejects.toThrow(/already holds records/);
  });
});
