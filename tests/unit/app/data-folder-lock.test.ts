import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFolderInUseError, lockDataFolder, lockFileName, type LockEnvironment } from '../../../electron/app/data-folder-lock';
import { makeTempDir } from '../../support/temp-ledger';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = makeTempDir('secretariat-lock-');
  dirs.push(dir);
  return dir;
}

/** A machine where only the pids in `running` run; it booted at 08:00. */
function machine(pid: number, running: number[], hostname = 'office-pc'): LockEnvironment {
  return {
    pid,
    hostname,
    now: () => new Date('2026-11-30T10:00:00.000Z'),
    bootTime: () => new Date('2026-11-30T08:00:00.000Z'),
    isRunning: (candidate) => running.includes(candidate),
  };
}

function writeLock(dir: string, holder: Record<string, unknown>): void {
  fs.writeFileSync(path.join(dir, lockFileName), JSON.stringify({ hostname: 'office-pc', startedAt: '2026-11-30T09:00:00.000Z', kind: 'desktop app', id: 'x', ...holder }));
}

describe('the data folder lock', () => {
  it('records who holds it, and is gone once released', () => {
    const dir = folder();
    const lock = lockDataFolder(dir, 'web mode', machine(101, [101]));
    expect(JSON.parse(fs.readFileSync(lock.file, 'utf8'))).toMatchObject({ pid: 101, hostname: 'office-pc', startedAt: '2026-11-30T10:00:00.000Z', kind: 'web mode' });
    lock.release();
    expect(fs.existsSync(lock.file)).toBe(false);
  });

  it('refuses a second process while the first runs, naming it', () => {
    const dir = folder();
    const first = lockDataFolder(dir, 'desktop app', machine(101, [101, 202]));
    const second = (() => {
      try {
        lockDataFolder(dir, 'web mode', machine(202, [101, 202]));
        return null;
      } catch (error) {
        return error;
      }
    })();
    expect(second).toBeInstanceOf(DataFolderInUseError);
    expect((second as Error).message).toMatch(/\(desktop app, process 101 on office-pc, since 2026-11-30T10:00:00\.000Z\)/);
    first.release();
  });

  it('takes over the lock of a process that no longer runs (killed, crashed)', () => {
    const dir = folder();
    writeLock(dir, { pid: 303 });
    const lock = lockDataFolder(dir, 'web mode', machine(404, [404]));
    expect(JSON.parse(fs.readFileSync(lock.file, 'utf8'))).toMatchObject({ pid: 404 });
    expect(fs.readdirSync(dir)).toEqual([lockFileName]);
    lock.release();
  });

  it('takes over a lock from before the machine last started, even if its pid runs again', () => {
    const dir = folder();
    writeLock(dir, { pid: 303, startedAt: '2026-11-29T17:00:00.000Z' });
    expect(() => lockDataFolder(dir, 'web mode', machine(404, [303, 404])).release()).not.toThrow();
  });

  it('takes over a lock naming this very pid that this process does not hold (a pid reused after a crash)', () => {
    const dir = folder();
    writeLock(dir, { pid: 404 });
    expect(() => lockDataFolder(dir, 'web mode', machine(404, [404])).release()).not.toThrow();
  });

  it('never takes over a lock held on another machine: it cannot tell whether that process runs', () => {
    const dir = folder();
    writeLock(dir, { pid: 303, hostname: 'laptop' });
    expect(() => lockDataFolder(dir, 'web mode', machine(404, [404]))).toThrow(/process 303 on laptop/);
  });

  it('takes over a garbled lock file once it is clearly not being written', () => {
    const dir = folder();
    const file = path.join(dir, lockFileName);
    fs.writeFileSync(file, '');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(file, old, old);
    const lock = lockDataFolder(dir, 'script', machine(404, [404]));
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ pid: 404, kind: 'script' });
    lock.release();
  });

  it('refuses a second lock in the same process, and releasing leaves a lock taken over by another alone', () => {
    const dir = folder();
    const environment = machine(404, [404]);
    const lock = lockDataFolder(dir, 'script', environment);
    expect(() => lockDataFolder(dir, 'script', environment)).toThrow(DataFolderInUseError);
    // Presumed dead and taken over by someone else: our release must not remove their lock.
    writeLock(dir, { pid: 505, kind: 'web mode' });
    lock.release();
    expect(JSON.parse(fs.readFileSync(lock.file, 'utf8'))).toMatchObject({ pid: 505 });
  });
});
