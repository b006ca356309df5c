import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/**
 * One app per data folder. Two processes on one ledger each take backups and rotate them, and a
 * restore in one swaps the file under the other, whose later writes go to a file that no longer exists.
 *
 * Why a small pid lock of our own rather than proper-lockfile: proper-lockfile judges a lock stale by
 * its age (a holder refreshes an mtime on a timer), so a holder killed with SIGKILL blocks the next
 * start for the whole stale period, and a busy event loop can miss a refresh and lose the lock. The
 * question "is that process still running?" has an exact answer on one machine, and the ledger lives on
 * a local disk (a network folder gets a warning), so the lock records who holds it and is taken over
 * the moment its process is gone. The lock is a file created with O_EXCL in the folder, not on the
 * ledger file, so a restore can swap the ledger underneath it.
 */
export const lockFileName = 'secretariat.lock';

export type AppKind = 'desktop app' | 'web mode' | 'script';

const holderSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  startedAt: z.string(),
  kind: z.enum(['desktop app', 'web mode', 'script']),
  /** Tells two locks of one process apart (tests open a folder again after closing it). */
  id: z.string(),
});
export type LockHolder = z.infer<typeof holderSchema>;

export class DataFolderInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The data folder ${dataDir} is already open in Network Secretariat (${holder.kind}, process ${holder.pid} on ${holder.hostname}, since ${holder.startedAt}). ` +
        'Close that one first: two copies of the app on one ledger would overwrite each other.',
    );
    this.name = 'DataFolderInUseError';
  }
}

export interface LockEnvironment {
  pid: number;
  hostname: string;
  now: () => Date;
  /** When this machine last started: a lock older than that was left by a process that cannot be running. */
  bootTime: () => Date;
  isRunning: (pid: number) => boolean;
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export const thisMachine: LockEnvironment = {
  pid: process.pid,
  hostname: os.hostname(),
  now: () => new Date(),
  bootTime: () => new Date(Date.now() - os.uptime() * 1000),
  isRunning: processIsRunning,
};

/** Lock files this process holds, by lock id, so a pid reused after a crash is not taken for a live holder. */
const heldHere = new Map<string, string>();

type FoundLock =
  | { state: 'gone' }
  | { state: 'held'; holder: LockHolder; text: string }
  /** Empty or garbled: being written this instant, or debris. */
  | { state: 'unreadable'; text: string; ageMs: number };

function findLock(file: string): FoundLock {
  let text: string;
  let ageMs: number;
  try {
    text = fs.readFileSync(file, 'utf8');
    ageMs = Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return { state: 'gone' };
  }
  try {
    const parsed = holderSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { state: 'held', holder: parsed.data, text };
  } catch {
    // Not JSON: unreadable.
  }
  return { state: 'unreadable', text, ageMs };
}

function isStale(holder: LockHolder, file: string, environment: LockEnvironment): boolean {
  // Another machine's process cannot be checked from here: its lock stands.
  if (holder.hostname !== environment.hostname) return false;
  if (new Date(holder.startedAt) < environment.bootTime()) return true;
  if (holder.pid === environment.pid) return !heldHere.has(file);
  return !environment.isRunning(holder.pid);
}

/** Another process creates the file and then writes it: for that instant it is empty. */
const unreadableGraceMs = 2000;

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function tryCreate(file: string, content: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    throw new Error(`The data folder ${path.dirname(file)} cannot be written (${code}): the ledger and its backups need a folder this account can write to.`, { cause: error });
  }
  try {
    fs.writeSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/**
 * Moves a stale lock out of the way. Renaming first, then checking what was renamed, means two
 * processes taking over the same stale lock cannot both win: the second renames the first's new
 * lock, sees it is not the stale one, and puts it back.
 */
function removeStale(file: string, staleText: string): void {
  const aside = `${file}.stale-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return;
  }
  if (fs.readFileSync(aside, 'utf8') === staleText) fs.rmSync(aside, { force: true });
  else fs.renameSync(aside, file);
}

/** Creates the lock, taking over a stale one; throws DataFolderInUseError when a live process holds it. */
function takeLock(dataDir: string, file: string, content: string, environment: LockEnvironment): void {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (tryCreate(file, content)) return;
    const found = findLock(file);
    if (found.state === 'held') {
      if (!isStale(found.holder, file, environment)) throw new DataFolderInUseError(dataDir, found.holder);
      removeStale(file, found.text);
    } else if (found.state === 'unreadable') {
      if (found.ageMs < unreadableGraceMs) pause(50);
      else removeStale(file, found.text);
    }
  }
  throw new Error(`The lock ${file} could not be taken; another copy of the app may be starting. Try again.`);
}

export interface DataFolderLock {
  readonly file: string;
  release(): void;
}

/** Takes the data folder for this process, or throws DataFolderInUseError naming the holder. */
export function lockDataFolder(dataDir: string, kind: AppKind, environment: LockEnvironment = thisMachine): DataFolderLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, lockFileName);
  const holder: LockHolder = {
    pid: environment.pid,
    hostname: environment.hostname,
    startedAt: environment.now().toISOString(),
    kind,
    id: crypto.randomBytes(8).toString('hex'),
  };
  const mine = JSON.stringify(holder);
  takeLock(dataDir, file, mine, environment);
  heldHere.set(file, holder.id);
  const releaseAtExit = () => lock.release();
  const lock: DataFolderLock = {
    file,
    release() {
      process.off('exit', releaseAtExit);
      if (heldHere.get(file) !== holder.id) return;
      heldHere.delete(file);
      // Only our own lock is removed: one taken over after we were presumed dead stays.
      try {
        if (fs.readFileSync(file, 'utf8') === mine) fs.rmSync(file, { force: true });
      } catch {
        // Already gone.
      }
    },
  };
  // process.exit() and uncaught errors still run 'exit' listeners; only SIGKILL and power cuts leave
  // the file, and those are taken over on the next start.
  process.on('exit', releaseAtExit);
  return lock;
}
