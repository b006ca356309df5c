import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger } from '../../../electron/ledger/ledger';
import { LedgerOpenError } from '../../../electron/ledger/ledger-open-error';
import { loadDemoNetwork } from '../../../electron/demo/load-demo-network';
import { makeTempDir } from '../../support/temp-ledger';
import { flipPageHeaders, truncateFile } from '../../support/corrupt-files';

let dir = '';
afterEach(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = '';
});

async function goodLedgerFile(): Promise<string> {
  dir = makeTempDir();
  const file = path.join(dir, 'ledger.sqlite');
  const ledger = await openLedger({ path: file });
  await loadDemoNetwork(ledger, { memberCount: 400, seed: 7 });
  await ledger.close();
  return file;
}

async function openProblem(file: string): Promise<LedgerOpenError> {
  const before = fs.readFileSync(file);
  const error = await openLedger({ path: file }).then(
    async (ledger) => {
      await ledger.close();
      return null;
    },
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(LedgerOpenError);
  // Detected, and nothing written over the damaged file.
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  return error as LedgerOpenError;
}

describe('opening a damaged ledger', () => {
  it.each([1, 2, 3])('detects flipped bytes in page headers (seed %i)', async (seed) => {
    const file = await goodLedgerFile();
    flipPageHeaders(file, seed);
    const error = await openProblem(file);
    expect(['corrupt', 'unreadable']).toContain(error.problem);
    expect(error.message).toMatch(/damaged|could not be opened/);
  });

  it.each([0.9, 0.5, 0.1])('detects a file truncated to %f of its size', async (fraction) => {
    const file = await goodLedgerFile();
    truncateFile(file, fraction);
    const error = await openProblem(file);
    expect(['corrupt', 'unreadable']).toContain(error.problem);
  });

  it('refuses a text file renamed .sqlite and leaves it alone', async () => {
    dir = makeTempDir();
    const file = path.join(dir, 'ledger.sqlite');
    fs.writeFileSync(file, 'Minutes of the plenary, not a database.\n'.repeat(50));
    const error = await openProblem(file);
    expect(error.problem).toBe('not_sqlite');
    expect(error.message).toContain('not an SQLite database');
  });
});
