import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findPgDump } from '../../../electron/ledger/postgres/pg-dump';
import { callOk } from '../../support/call-operation';
import { memberDraft } from '../../support/member-drafts';
import { startTempBackend, type TempBackend } from '../../support/temp-backend';
import { onPostgres } from '../../support/test-engine';

/** A pg_dump file as SQL text, read by pg_restore (written apart from the app's dump code). */
function dumpAsText(file: string): string {
  const pgRestore = path.join(path.dirname(findPgDump() as string), 'pg_restore');
  const run = spawnSync(pgRestore, ['--file=-', file], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

describe.runIf(onPostgres)('backups of a ledger on a PostgreSQL server', () => {
  let temp: TempBackend | undefined;
  afterEach(async () => {
    await temp?.cleanup();
  });

  it('are pg_dump copies here; a withdrawal deletes every copy that held the member, takes a new one, and says the server’s own backups are out of reach', async () => {
    temp = await startTempBackend();
    const dispatch = temp.backend.dispatch;
    const member = await callOk(dispatch, 'members.create', { member: memberDraft({ displayName: 'Quispe Mamani Yolanda', alias: 'Bittern' }) });
    const copy = await callOk(dispatch, 'backups.create', {});
    const listed = await callOk(dispatch, 'backups.list', {});
    expect(listed.server).toEqual({ pgDumpAvailable: true });
    expect(listed.backups.map((backup) => backup.name)).toEqual([copy.name]);
    const copyFile = path.join(copy.folder, copy.name);
    expect(dumpAsText(copyFile)).toContain('Quispe Mamani Yolanda');

    const withdrawal = await callOk(dispatch, 'members.withdraw', { id: member.id, confirmErasure: true });
    expect(withdrawal.backups).toMatchObject({ serverBackups: true, scrubbed: 1, failed: [] });
    expect(fs.existsSync(copyFile)).toBe(false);
    const after = (await callOk(dispatch, 'backups.list', {})).backups;
    expect(after).toHaveLength(1);
    const fresh = dumpAsText(path.join(after[0]?.folder as string, after[0]?.name as string));
    expect(fresh).toContain('Withdrawn member 1');
    for (const erased of ['Quispe', 'Yolanda', 'Bittern']) expect(fresh).not.toContain(erased);

    const restore = await dispatch('ledger.restoreBackup', { name: 'manual-2026-11-25T09-05-00-000Z.sqlite' });
    expect(restore.ok ? null : restore.error.reason).toBe('backups.onServer');
  });
});
