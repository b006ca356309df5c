import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openLedger } from '../electron/ledger/ledger';
import { createDispatcher } from '../electron/handlers/dispatch';
import type { ImportProgress } from '../shared/contract/imports';

export interface ImportBenchFigures {
  rows: number;
  fileBytes: number;
  /** From imports.start to the end of imports.commit: reading, checking and writing, as the import page does. */
  totalMs: number;
  readMs: number;
  commitMs: number;
  /** CPU time the process spent (user + system) over the same span: unlike wall time, a busy machine barely moves it. */
  cpuMs: number;
  /** The largest resident-set growth seen during the run, over the RSS just before it. */
  peakRssGrowthMb: number;
  goalMs: number;
  withinGoal: boolean;
}

const rowCount = 10_000;
const goalMs = 2_000;
const categories = ['Current migrant worker', 'union', 'Employeur', 'settlement_agency', 'worker_advocacy'];
const languages = ['Spanish, English', 'pa', 'Tagalog', 'vi; fr', 'Mandarin'];

async function benchWorkbook(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Members');
  sheet.addRow(['Name', 'Organisation', 'Category', 'Languages', 'Email', 'Phone', 'Joined', 'Notes']);
  for (let index = 0; index < rows; index++) {
    sheet.addRow([
      `Member ${index} Nguyễn ਸਿੰਘ`,
      index % 4 === 0 ? `Organisation ${index % 200}` : null,
      categories[index % categories.length],
      languages[index % languages.length],
      `member${index}@example.org`,
      `+1 604 555 ${String(index % 10_000).padStart(4, '0')}`,
      new Date(Date.UTC(2018, 0, 1 + (index % 3000))),
      index % 10 === 0 ? 'Met at the spring clinic' : null,
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function unwrap<T>(
  envelope: Promise<{ ok: true; data: unknown } | { ok: false; error: { message: string } }>,
): Promise<T> {
  const result = await envelope;
  if (!result.ok) throw new Error(result.error.message);
  return result.data as T;
}

type Dispatch = ReturnType<typeof createDispatcher>;

/** The renderer's path: start, poll progress until read, list the values, check the suggested mapping, commit. */
async function importThroughOperations(dispatch: Dispatch, bytes: Buffer, onRead: () => void): Promise<number> {
  const contentBase64 = bytes.toString('base64');
  const { jobId } = await unwrap<{ jobId: string }>(
    dispatch('imports.start', { fileName: 'bench.xlsx', contentBase64 }),
  );
  let progress: ImportProgress;
  do {
    await new Promise((resolve) => setTimeout(resolve, 5));
    progress = await unwrap<ImportProgress>(dispatch('imports.progress', { jobId }));
  } while (progress.status === 'reading');
  if (progress.status === 'failed' || !progress.sheet) throw new Error(progress.error ?? 'reading failed');
  onRead();
  const mapping = progress.sheet.suggestedMapping;
  await unwrap(dispatch('imports.values', { jobId, mapping }));
  const check = await unwrap<{ invalidRowCount: number }>(dispatch('imports.check', { jobId, mapping }));
  if (check.invalidRowCount > 0) throw new Error(`the bench file has ${check.invalidRowCount} rows with problems`);
  const result = await unwrap<{ created: number }>(
    dispatch('imports.commit', { jobId, mapping, duplicateAction: 'skip', duplicateOverrides: [] }),
  );
  return result.created;
}

/**
 * Imports a 10,000-row .xlsx through the operations the renderer uses, into a fresh ledger.
 * A 20-row import runs first so module loading and JIT warm-up (about 0.3 s, paid once per
 * session by the app) are not counted as import time.
 */
export async function runImportBench(): Promise<ImportBenchFigures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariat-import-bench-'));
  const ledger = await openLedger({ path: path.join(dataDir, 'ledger.sqlite') });
  const dispatch = createDispatcher({ ledger, dataDir });
  try {
    const warmUpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'secretariat-import-warmup-'));
    const warmUpLedger = await openLedger({ path: path.join(warmUpDir, 'ledger.sqlite') });
    await importThroughOperations(
      createDispatcher({ ledger: warmUpLedger, dataDir: warmUpDir }),
      await benchWorkbook(20),
      () => undefined,
    );
    await warmUpLedger.close();
    fs.rmSync(warmUpDir, { recursive: true, force: true });

    const bytes = await benchWorkbook(rowCount);
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 10);

    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    let read = started;
    const created = await importThroughOperations(dispatch, bytes, () => {
      read = performance.now();
    });
    const finished = performance.now();
    const cpu = process.cpuUsage(cpuBefore);
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    if (created !== rowCount) throw new Error(`expected ${rowCount} members, got ${created}`);

    const totalMs = Math.round(finished - started);
    return {
      rows: rowCount,
      fileBytes: bytes.length,
      totalMs,
      readMs: Math.round(read - started),
      commitMs: Math.round(finished - read),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      peakRssGrowthMb: Math.round(((peakRss - rssBefore) / 1024 / 1024) * 10) / 10,
      goalMs,
      withinGoal: totalMs <= goalMs,
    };
  } finally {
    await ledger.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function isRunDirectly(): boolean {
  const entry = process.argv[1];
  return (
    !!entry &&
    path.resolve(entry).replace(/\.[cm]?[jt]s$/, '') === path.resolve(__filename).replace(/\.[cm]?[jt]s$/, '')
  );
}

if (isRunDirectly()) {
  runImportBench().then(
    (figures) => {
      console.log(
        `import of ${figures.rows} rows (.xlsx, ${(figures.fileBytes / 1024).toFixed(0)} KB): ${figures.totalMs} ms ` +
          `(read ${figures.readMs} ms, check + commit ${figures.commitMs} ms; goal <= ${figures.goalMs} ms: ${figures.withinGoal ? 'met' : 'MISSED'}; CPU ${figures.cpuMs} ms), ` +
          `peak RSS growth ${figures.peakRssGrowthMb} MB`,
      );
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
