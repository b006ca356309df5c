import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DataFolderInUseError, lockFileName } from '../../../electron/app/data-folder-lock';
import { callOk } from '../../support/call-operation';
import { startTempBackend, type TempBackend } from '../../support/temp-backend';
import { makeTempDir } from '../../support/temp-ledger';
import { bundleChildScript, childEnvironment } from '../../support/child-script';

let childScript = '';
let scratch = '';
const children: ChildProcess[] = [];

beforeAll(async () => {
  scratch = makeTempDir('secretariat-two-apps-');
  childScript = await bundleChildScript('backend-child.ts', scratch);
});
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  fs.rmSync(scratch, { recursive: true, force: true });
});

interface Started {
  child: ChildProcess;
  /** Resolves with the server address once it serves, or with how it ended if it stopped first. */
  outcome: Promise<{ ready: string } | { code: number | null; stderr: string }>;
}

/** Starts web mode on a data folder in a process of its own. */
function startWebMode(dataDir: string): Started {
  const child = spawn(process.execPath, [childScript, dataDir], {
    env: childEnvironment(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const outcome = new Promise<{ ready: string } | { code: number | null; stderr: string }>((resolve) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const ready = /^ready (\S+)/m.exec(stdout);
      if (ready) resolve({ ready: ready[1]! });
    });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
  return { child, outcome };
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** The status a server answers with; any answer at all shows it is up (this test has no token: 401). */
async function answerFrom(origin: string): Promise<number> {
  const response = await fetch(`${origin}/api/ledger.status`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  return response.status;
}

describe('one app per data folder, across real processes', () => {
  it('refuses a second web mode naming the first; after the first is killed with SIGKILL, a new one starts', async () => {
    const dataDir = path.join(scratch, 'folder-a');
    const first = startWebMode(dataDir);
    const firstOutcome = await first.outcome;
    expect(firstOutcome).toHaveProperty('ready');
    expect(await answerFrom((firstOutcome as { ready: string }).ready)).toBe(401);

    const second = startWebMode(dataDir);
    const refused = await second.outcome;
    expect(refused).toMatchObject({ code: 3 });
    const message = (refused as { stderr: string }).stderr;
    expect(message).toContain(`web mode, process ${first.child.pid} on `);
    expect(message).toMatch(/since \d{4}-\d{2}-\d{2}T/);
    expect(message).toContain('Close that one first');
    // The first is unaffected and its folder holds no ledger of the second.
    expect(await answerFrom((firstOutcome as { ready: string }).ready)).toBe(401);

    first.child.kill('SIGKILL');
    await exited(first.child);
    const third = startWebMode(dataDir);
    expect(await third.outcome).toHaveProperty('ready');
    const lock = JSON.parse(fs.readFileSync(path.join(dataDir, lockFileName), 'utf8')) as { pid: number; kind: string };
    expect(lock).toMatchObject({ pid: third.child.pid, kind: 'web mode' });

    // Stopped normally, it leaves no lock behind.
    third.child.kill('SIGTERM');
    await exited(third.child);
    expect({ code: third.child.exitCode, signal: third.child.signalCode }).toEqual({ code: 0, signal: null });
    expect(fs.existsSync(path.join(dataDir, lockFileName))).toBe(false);
  });

  it('refuses a backend in this process while another process holds the folder', async () => {
    const dataDir = path.join(scratch, 'folder-b');
    const other = startWebMode(dataDir);
    expect(await other.outcome).toHaveProperty('ready');
    const refusal = await startTempBackend({ dataDir }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DataFolderInUseError);
    expect((refusal as DataFolderInUseError).holder).toMatchObject({ pid: other.child.pid, kind: 'web mode' });
    other.child.kill('SIGKILL');
    await exited(other.child);
  });
});

describe('the lock under a restore', () => {
  let temp: TempBackend | undefined;
  afterEach(async () => {
    await temp?.cleanup();
    temp = undefined;
  });

  it('stays with the folder while the ledger file is swapped, and still keeps a second app out', async () => {
    temp = await startTempBackend();
    const { dispatch } = temp.backend;
    const lockFile = path.join(temp.dataDir, lockFileName);
    const lockBefore = fs.readFileSync(lockFile, 'utf8');
    await callOk(dispatch, 'ledger.loadDemo', {});
    const backup = await callOk(dispatch, 'backups.create', {});
    await callOk(dispatch, 'ledger.restoreBackup', { name: backup.name });
    expect((await callOk(dispatch, 'ledger.status', {})).memberCount).toBe(150);
    expect(fs.readFileSync(lockFile, 'utf8')).toBe(lockBefore);
    await expect(startTempBackend({ dataDir: temp.dataDir })).rejects.toBeInstanceOf(DataFolderInUseError);
    await temp.stop();
    expect(fs.existsSync(lockFile)).toBe(false);
  });
});
