import crypto from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { openLedger, type Ledger } from '../electron/ledger/ledger';
import { insertMembers, listMembers } from '../electron/ledger/members/member-repository';
import { moveLedgerToPostgres } from '../electron/ledger/move/move-ledger';
import { generateDemoMembers } from '../electron/demo/generate-demo-members';
import { gatherQuarterlyReport } from '../electron/reports/quarterly/quarterly-report-query';
import { memberListQuerySchema } from '../shared/contract/members';
import { median, tempDir, timeMs, type BenchFigure } from './bench-support';
import { benchMemberCount, benchSearches } from './members-bench';
import { reportBenchScale } from './report-bench';
import { seedReportLedger } from './seed-report-ledger';

// The members and quarterly-report figures on PostgreSQL beside SQLite, on a throwaway cluster of this
// machine (scripts/with-postgres.mjs), or on SECRETARIAT_TEST_PG_URL's cluster when it is set.

const quarter = { fiscalYear: 2026, quarter: 3 } as const;

interface Cluster {
  url: string;
  stop(): void;
}

async function benchCluster(): Promise<Cluster> {
  if (process.env.SECRETARIAT_TEST_PG_URL) return { url: process.env.SECRETARIAT_TEST_PG_URL, stop: () => undefined };
  const script = path.resolve(__dirname, '..', 'scripts', 'with-postgres.mjs');
  const { startThrowawayCluster } = (await import(script)) as { startThrowawayCluster: () => Promise<Cluster> };
  return startThrowawayCluster();
}

async function newDatabase(clusterUrl: string): Promise<string> {
  const name = `bench_${crypto.randomBytes(5).toString('hex')}`;
  const client = new pg.Client({ connectionString: clusterUrl });
  await client.connect();
  try {
    await client.query(`create database "${name}" template template0 encoding 'UTF8' locale 'C.UTF-8'`);
  } finally {
    await client.end();
  }
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function searchMedian(ledger: Ledger): Promise<number> {
  const times: number[] = [];
  for (let repeat = 0; repeat < 20; repeat++) {
    for (const search of benchSearches) {
      const query = memberListQuerySchema.parse({ search, limit: 100 });
      times.push(await timeMs(() => listMembers(ledger.db, query)));
    }
  }
  return median(times);
}

async function gatherMedian(ledger: Ledger): Promise<number> {
  await gatherQuarterlyReport(ledger.db, quarter, { status: 'draft', generatedOn: '2027-01-10', language: 'en' });
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    times.push(await timeMs(() => gatherQuarterlyReport(ledger.db, quarter, { status: 'draft', generatedOn: '2027-01-10', language: 'en' })));
  }
  return median(times);
}

async function membersFigures(clusterUrl: string): Promise<BenchFigure[]> {
  const drafts = generateDemoMembers({ memberCount: benchMemberCount, seed: 7 });
  const at = new Date().toISOString();
  const sqlite = await openLedger({ path: path.join(tempDir('secretariat-pg-bench-'), 'ledger.sqlite') });
  const postgres = await openLedger({ path: '', databaseUrl: await newDatabase(clusterUrl) });
  try {
    await sqlite.write('bench.seed', (trx) => insertMembers(trx, drafts, at));
    const seedMs = await timeMs(() => postgres.write('bench.seed', (trx) => insertMembers(trx, drafts, at)));
    const onSqlite = await searchMedian(sqlite);
    const onPostgres = await searchMedian(postgres);
    return [
      { name: `seed ${benchMemberCount} members through the ledger on PostgreSQL`, value: seedMs, unit: ' ms' },
      { name: 'median member search on SQLite (this run)', value: onSqlite, unit: ' ms' },
      { name: 'median member search on PostgreSQL', value: onPostgres, unit: ' ms' },
      { name: 'member search, PostgreSQL / SQLite', value: onPostgres / onSqlite, unit: 'x', goal: { max: 3, unit: 'x' } },
    ];
  } finally {
    await sqlite.close();
    await postgres.close();
  }
}

async function reportFigures(clusterUrl: string): Promise<BenchFigure[]> {
  const file = path.join(tempDir('secretariat-pg-report-bench-'), 'ledger.sqlite');
  const sqlite = await openLedger({ path: file });
  await seedReportLedger(sqlite, reportBenchScale, 2026);
  await sqlite.close();
  const url = await newDatabase(clusterUrl);
  const moveMs = await timeMs(() => moveLedgerToPostgres({ from: file, to: url }));
  const onSqlite = await openLedger({ path: file });
  const onPostgres = await openLedger({ path: '', databaseUrl: url });
  try {
    const sqliteMs = await gatherMedian(onSqlite);
    const postgresMs = await gatherMedian(onPostgres);
    return [
      { name: 'Move the benchmark ledger to PostgreSQL (copy and compare every table)', value: moveMs, unit: ' ms' },
      { name: 'Gather the quarterly figures on SQLite (median, this run)', value: sqliteMs, unit: ' ms' },
      { name: 'Gather the quarterly figures on PostgreSQL (median)', value: postgresMs, unit: ' ms' },
      { name: 'quarterly gather, PostgreSQL / SQLite', value: postgresMs / sqliteMs, unit: 'x', goal: { max: 3, unit: 'x' } },
    ];
  } finally {
    await onSqlite.close();
    await onPostgres.close();
  }
}

/** Both PostgreSQL comparisons; a machine without PostgreSQL gets one line saying they were skipped. */
export async function runPostgresBench(): Promise<BenchFigure[]> {
  let cluster: Cluster;
  try {
    cluster = await benchCluster();
  } catch (error) {
    return [{ name: `PostgreSQL figures skipped: ${(error as Error).message}`, value: 0, unit: '', note: true }];
  }
  try {
    return [...(await membersFigures(cluster.url)), ...(await reportFigures(cluster.url))];
  } finally {
    cluster.stop();
  }
}
