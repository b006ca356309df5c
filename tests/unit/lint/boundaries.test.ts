import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportMessages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('lint keeps the architecture boundaries', () => {
  it.each([
    ['main-process code', "import { openLedger } from '../../electron/ledger/ledger';"],
    ['kysely', "import { sql } from 'kysely';"],
    ['better-sqlite3', "import Database from 'better-sqlite3';"],
    ['electron', "import { ipcRenderer } from 'electron';"],
  ])('refuses %s in the renderer', async (_what, code) => {
    expect((await restrictedImportMessages(`${code}\n`, 'renderer/src/probe.ts')).length).toBeGreaterThanOrEqual(1);
  });

  it('refuses electron outside the shell', async () => {
    expect(await restrictedImportMessages("import { app } from 'electron';\n", 'electron/ledger/probe.ts')).toHaveLength(1);
    expect(await restrictedImportMessages("import { app } from 'electron';\n", 'electron/main/probe.ts')).toHaveLength(0);
  });

  it('keeps shared/ free of either side', async () => {
    expect(await restrictedImportMessages("import { handlers } from '../electron/handlers';\n", 'shared/probe.ts')).toHaveLength(1);
    expect(await restrictedImportMessages("import fs from 'node:fs';\n", 'shared/probe.ts')).toHaveLength(1);
  });
});
