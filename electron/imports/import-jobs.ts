import crypto from 'node:crypto';
import { DomainError } from '../domain-error';
import type { Ledger } from '../ledger/ledger';
import { detectFileFormat } from './detect-file-format';
import { readSpreadsheet, type StagedSheet } from './read-spreadsheet';
import type { RejectedRows } from './rejects/build-rejects-workbook';
import { importLimits } from '../../shared/contract/imports';

export interface ImportJob {
  readonly id: string;
  readonly fileName: string;
  readonly bytesTotal: number;
  bytesRead: number;
  rowsRead: number;
  status: 'reading' | 'ready' | 'failed' | 'imported';
  error: string | null;
  sheet: StagedSheet | null;
  /** After a valid-rows-only import: the rows it set aside, until downloaded or forgotten. */
  rejects: RejectedRows | null;
  touchedAt: number;
  /** Resolves when reading has finished, well or badly; tests and the benchmark wait on it. */
  settled: Promise<void>;
}

/** A staged file waits this long for the coordinator before its rows are dropped from memory. */
const idleLifetimeMs = 30 * 60 * 1000;
/** Each job can hold 50,000 rows in memory; a few at once is plenty for one coordinator. */
const maxJobs = 3;

/**
 * Staged imports, kept in memory only (never on disk: they hold personal data) until committed,
 * discarded, replaced by newer ones or left idle too long. A valid-rows-only import keeps its
 * rejected rows the same way, so they can be downloaded once it is written.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();

  constructor(private readonly clock: () => number = Date.now) {}

  start(fileName: string, bytes: Uint8Array): ImportJob {
    if (bytes.length > importLimits.maxBytes) {
      throw new DomainError(
        'invalid_input',
        `"${fileName}" is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the import limit is 20 MB.`,
        [],
        { reason: 'imports.tooLarge', params: { fileName, size: Math.round((bytes.length / 1024 / 1024) * 10) / 10 } },
      );
    }
    // Cheap checks answer at once; reading the rows goes on in the background.
    detectFileFormat(bytes, fileName);
    this.forgetIdle();
    this.makeRoom();
    const job: ImportJob = {
      id: crypto.randomUUID(),
      fileName,
      bytesTotal: bytes.length,
      bytesRead: 0,
      rowsRead: 0,
      status: 'reading',
      error: null,
      sheet: null,
      rejects: null,
      touchedAt: this.clock(),
      settled: Promise.resolve(),
    };
    job.settled = readSpreadsheet(bytes, fileName, (progress) => {
      job.bytesRead = progress.bytesRead;
      job.rowsRead = progress.rowsRead;
    }).then(
      (sheet) => {
        job.sheet = sheet;
        job.bytesRead = job.bytesTotal;
        job.status = 'ready';
      },
      (error: unknown) => {
        job.status = 'failed';
        job.error =
          error instanceof DomainError
            ? error.message
            : `The file could not be read (${(error as Error)?.message ?? String(error)}).`;
      },
    );
    this.jobs.set(job.id, job);
    return job;
  }

  get(jobId: string): ImportJob {
    this.forgetIdle();
    const job = this.jobs.get(jobId);
    if (!job)
      throw new DomainError(
        'not_found',
        'This import is no longer staged (it was finished, discarded or left idle for 30 minutes). Pick the file again.',
        [],
        { reason: 'imports.gone' },
      );
    job.touchedAt = this.clock();
    return job;
  }

  /** The import was written; only its rejected rows stay, for the coordinator to download. */
  keepRejects(job: ImportJob, rejects: RejectedRows): void {
    job.status = 'imported';
    job.sheet = null;
    job.rejects = rejects;
  }

  discard(jobId: string): boolean {
    return this.jobs.delete(jobId);
  }

  private forgetIdle(): void {
    const now = this.clock();
    for (const [id, job] of this.jobs) {
      if (now - job.touchedAt > idleLifetimeMs) this.jobs.delete(id);
    }
  }

  private makeRoom(): void {
    const byAge = [...this.jobs.values()].sort((a, b) => a.touchedAt - b.touchedAt);
    while (byAge.length >= maxJobs) this.jobs.delete((byAge.shift() as ImportJob).id);
  }
}

const registries = new WeakMap<Ledger, ImportJobs>();

/** One registry per open ledger, so a job can never be committed into another ledger. */
export function importJobsFor(ledger: Ledger): ImportJobs {
  let jobs = registries.get(ledger);
  if (!jobs) {
    jobs = new ImportJobs();
    registries.set(ledger, jobs);
  }
  return jobs;
}
