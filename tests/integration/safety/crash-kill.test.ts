import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLedger } from '../../../electron/ledger/ledger';
import { makeTempDir } from '../../support/temp-ledger';
import { bundleChildScript, childEnvironment } from '../../support/child-script';

const kills = 100;
const batchSize = 400;
let childScript = '';

interface Outcome {
  batchesReported: number;
  /** Killed after the ledger was open, while batches were being written. */
  afterReady: boolean;
}

/** Starts the child, waits until it is writing (or not, for early kills), and kills it without warning. */
function runAndKill(script: string, ledgerPath: string, random: () => number): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ledgerPath, String(batchSize)], {
      env: childEnvironment(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    let timer: NodeJS.Timeout | undefined;
    const killLater = (maxDelay: number) => {
      timer = setTimeout(() => child.kill('SIGKILL'), Math.floor(random() * maxDelay));
    };
    // One kill in ten lands while the ledger is being created or opened; the rest while batches are written.
    const early = random() < 0.1;
    if (early) killLater(80);
    child.stdout.on('data', (chunk: Buffer) => {
      const before = output;
      output += chunk.toString();
      if (!early && !before.includes('ready') && output.includes('ready')) killLater(150);
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`The child stopped by itself: ${errors || output}`));
      else resolve({ batchesReported: (output.match(/^batch /gm) ?? []).length, afterReady: output.includes('ready') });
    });
  });
}

/** Keeps the ledger small between kills, so each open and check stays quick. */
function removeCrashBatches(sqlite: BetterSqlite3.Database): void {
  const crashMembers = "select id from members where notes like 'crash-batch-%'";
  sqlite.transaction(() => {
    sqlite.prepare(`delete from member_search where rowid in (${crashMembers})`).run();
    sqlite.prepare(`delete from member_search_grams where rowid in (${crashMembers})`).run();
    sqlite.prepare(`delete from member_languages where member_id in (${crashMembers})`).run();
    sqlite.prepare("delete from members where notes like 'crash-batch-%'").run();
    sqlite.prepare("delete from audit_log where operation = 'test.crashBatch'").run();
  })();
}

/** Kills a child writing to one ledger again and again, checking the ledger after each kill. */
async function killRepeatedly(ledgerPath: string, times: number, random: () => number): Promise<number> {
  let killedWhileWriting = 0;
  for (let kill = 0; kill < times; kill++) {
    const outcome = await runAndKill(childScript, ledgerPath, random);
    if (outcome.afterReady) killedWhileWriting++;

    // Opening runs quick_check and foreign_key_check; it throws on a damaged ledger.
    const ledger = await openLedger({ path: ledgerPath });
    await ledger.close();
    const sqlite = new BetterSqlite3(ledgerPath);
    try {
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      const batches = sqlite
        .prepare("select notes, count(*) as size from members where notes like 'crash-batch-%' group by notes")
        .all() as { notes: string; size: number }[];
      for (const batch of batches) expect(batch, `batch ${batch.notes} after kill ${kill}`).toMatchObject({ size: batchSize });
      const audited = sqlite.prepare("select count(*) from audit_log where operation = 'test.crashBatch'").pluck().get();
      expect(audited).toBe(batches.length);
      // Every batch the child reported as committed survived; at most the one it was writing is extra
      // (committed, killed before it could say so).
      expect(batches.length).toBeGreaterThanOrEqual(outcome.batchesReported);
      expect(batches.length).toBeLessThanOrEqual(outcome.batchesReported + 1);
      removeCrashBatches(sqlite);
    } finally {
      sqlite.close();
    }
  }
  return killedWhileWriting;
}

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('a crash at any instant', () => {
  let dir = '';
  beforeAll(async () => {
    dir = makeTempDir('secretariat-crash-');
    childScript = await bundleChildScript('crash-child.ts', dir);
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(`leaves every batch wholly present or wholly absent after ${kills} kills`, async () => {
    // Four ledgers side by side, each killed in turn: the same hundred kills in a quarter of the time.
    const lanes = 4;
    const results = await Promise.all(
      Array.from({ length: lanes }, (_, lane) => killRepeatedly(path.join(dir, `ledger-${lane}.sqlite`), kills / lanes, seededRandom(lane + 7))),
    );
    const killedWhileWriting = results.reduce((sum, count) => sum + count, 0);
    // The kills did land while batches were being written, not only while the ledger opened.
    expect(killedWhileWriting).toBeGreaterThan(kills * 0.8);
  }, 300_000);
});
