import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callOk } from '../../support/call-operation';
import { startTempBackend, type TempBackend } from '../../support/temp-backend';
import { flipPageHeaders } from '../../support/corrupt-files';
import { dumpTables } from '../../support/table-dump';


describe('a ledger that cannot be opened', () => {
  let temp: TempBackend | undefined;
  afterEach(async () => {
    await temp?.cleanup();
    temp = undefined;
  });

  async function damagedLedgerWithBackup() {
    temp = await startTempBackend();
    await callOk(temp.backend.dispatch, 'ledger.loadDemo', {});
    const backup = await callOk(temp.backend.dispatch, 'backups.create', {});
    await temp.stop();
    flipPageHeaders(temp.backend.ledgerPath, 11);
    const damaged = fs.readFileSync(temp.backend.ledgerPath);
    const dataDir = temp.dataDir;
    temp = await startTempBackend({ dataDir });
    return { backup, damaged };
  }

  it('starts the backend in recovery mode, offering the newest good backups, and overwrites nothing', async () => {
    const { backup, damaged } = await damagedLedgerWithBackup();
    const { dispatch } = temp!.backend;
    const recovery = await callOk(dispatch, 'ledger.recovery', {});
    expect(recovery.available).toBe(false);
    expect(recovery.problem).toBe('corrupt');
    expect(recovery.message).toMatch(/damaged/);
    expect(recovery.backups.map((entry) => entry.name)).toEqual([backup.name]);

    const refused = await dispatch('members.list', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'ledger_unavailable' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/could not be opened.*Restore a backup/);
    expect(fs.readFileSync(temp!.backend.ledgerPath).equals(damaged)).toBe(true);
  });

  it('restores a backup, setting the damaged ledger aside rather than deleting it', async () => {
    const { backup, damaged } = await damagedLedgerWithBackup();
    const { dispatch } = temp!.backend;
    const outcome = await callOk(dispatch, 'ledger.restoreBackup', { name: backup.name });
    expect(outcome.keptAs).toBeNull();
    expect(outcome.setAsideAs).toMatch(/ledger\.sqlite\.damaged-/);
    expect(fs.readFileSync(outcome.setAsideAs!).equals(damaged)).toBe(true);

    expect((await callOk(dispatch, 'ledger.recovery', {})).available).toBe(true);
    expect((await callOk(dispatch, 'ledger.status', {})).memberCount).toBe(150);
    await temp!.stop();
    expect(dumpTables(temp!.backend.ledgerPath)).toEqual(dumpTables(path.join(backup.folder, backup.name)));
  });

  it('does not offer damaged backups', async () => {
    const { backup } = await damagedLedgerWithBackup();
    flipPageHeaders(path.join(backup.folder, backup.name), 5);
    const recovery = await callOk(temp!.backend.dispatch, 'ledger.recovery', {});
    expect(recovery.backups).toEqual([]);
  });
});
