import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findPgDump } from '../../../electron/ledger/postgres/pg-dump';
import { callOk } from '../../support/call-operation';
import { decryptBackupBytes, looksEncrypted } from '../../support/decrypt-backup';
import { backUpToDrive, makeDrive, testKdfCost as kdfCost } from '../../support/encrypted-drive';
import { FakeClock } from '../../support/fake-clock';
import { memberDraft } from '../../support/member-drafts';
import { filesUnder, valuesIn, writtenForms } from '../../support/name-variants';
import { readableForms } from '../../support/readable-bytes';
import { makeTempDir } from '../../support/temp-ledger';
import { startTempBackend, type TempBackend } from '../../support/temp-backend';
import { createTestDatabase, onPostgres } from '../../support/test-engine';
import { openLedger } from '../../../electron/ledger/ledger';
import { createDispatcher } from '../../../electron/handlers/dispatch';
import { moveLedgerToPostgres } from '../../../electron/ledger/move/move-ledger';

// The attacker holds the backup drive (and the data folder's disk) and, for encrypted copies, the
// passphrase: everything here reads files as such a reader would, apart from the app's code.

const passphrase = 'copper kettles on the stove';
const name = 'Quispe Mamani Yolanda';
const searched = [...writtenForms(name), 'Bittern', 'yolanda.quispe@example.org'];
const worker = () => memberDraft({ displayName: name, alias: 'Bittern', email: 'yolanda.quispe@example.org' });

function pgRestore(): string {
  return path.join(path.dirname(findPgDump() as string), 'pg_restore');
}

/** A pg_dump file as SQL text, read by pg_restore. */
function dumpAsText(file: string): string {
  const run = spawnSync(pgRestore(), ['--file=-', file], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

/** The plaintext of a file from the drive: decrypted with the passphrase when it is encrypted. */
function plaintextOf(file: string): Buffer {
  return looksEncrypted(file) ? decryptBackupBytes(file, passphrase) : fs.readFileSync(file);
}

/** Every name the attacker finds in a file: raw bytes, any decompression, decrypted, and a dump's SQL. */
function namesFoundIn(file: string): string[] {
  const found = new Set<string>();
  const raw = fs.readFileSync(file);
  const plain = plaintextOf(file);
  for (const form of [...readableForms(raw), ...readableForms(plain)]) for (const value of valuesIn(form, searched)) found.add(value);
  if (plain.subarray(0, 5).toString('latin1') === 'PGDMP') {
    const copy = path.join(makeTempDir('secretariat-attacker-'), 'copy.pgdump');
    fs.writeFileSync(copy, plain);
    for (const value of valuesIn(Buffer.from(dumpAsText(copy), 'utf8'), searched)) found.add(value);
    fs.rmSync(path.dirname(copy), { recursive: true, force: true });
  }
  return [...found];
}

function dumpsIn(...folders: string[]): string[] {
  return folders.flatMap((folder) => (fs.existsSync(folder) ? filesUnder(folder) : [])).filter((file) => /\.pgdump/.test(file));
}

/** A pg_dump that fails after writing part of a dump (the member's name included), and one that "succeeds" with garbage. */
function fakePgDump(exitCode: number): string {
  const folder = makeTempDir('secretariat-fake-pg-');
  const program = path.join(folder, 'pg_dump');
  fs.writeFileSync(
    program,
    `#!/bin/sh\nfor arg in "$@"; do case "$arg" in --file=*) printf 'PGDMP ${name} half a dump' > "\${arg#--file=}";; esac; done\nexit ${exitCode}\n`,
    { mode: 0o755 },
  );
  return program;
}

describe.runIf(onPostgres)('backups of a ledger on a PostgreSQL server', () => {
  let temp: TempBackend | undefined;
  const alsoStop: TempBackend[] = [];
  afterEach(async () => {
    await temp?.cleanup();
    temp = undefined;
    for (const other of alsoStop.splice(0)) await other.cleanup();
  });

  it('are pg_dump copies in the data folder; a withdrawal deletes every copy, takes a new one, and says the server’s own backups are out of reach', async () => {
    temp = await startTempBackend();
    const dispatch = temp.backend.dispatch;
    const member = await callOk(dispatch, 'members.create', { member: worker() });
    const copy = await callOk(dispatch, 'backups.create', {});
    expect(copy).toMatchObject({ encrypted: false, folder: path.join(temp.dataDir, 'backups') });
    expect(copy.name).toMatch(/^manual-.*\.pgdump$/);
    const listed = await callOk(dispatch, 'backups.list', {});
    expect(listed.server).toEqual({ pgDumpAvailable: true });
    expect(listed.backups.map((backup) => backup.name)).toContain(copy.name);
    const copyFile = path.join(copy.folder, copy.name);
    // The attacker's search finds the name in a plain copy: the same search must find nothing later.
    expect(namesFoundIn(copyFile)).toEqual(expect.arrayContaining([name, 'Bittern']));
    const before = dumpsIn(temp.dataDir);

    const withdrawal = await callOk(dispatch, 'members.withdraw', { id: member.id, confirmErasure: true });
    expect(withdrawal.backups).toMatchObject({ serverBackups: true, serverDumpsDeleted: before.length, failed: [], unreachableFolders: [] });
    for (const file of before) expect(fs.existsSync(file)).toBe(false);
    const after = (await callOk(dispatch, 'backups.list', {})).backups;
    expect(after).toHaveLength(1);
    const fresh = path.join(after[0]?.folder as string, after[0]?.name as string);
    expect(dumpAsText(fresh)).toContain('Withdrawn member 1');
    for (const file of dumpsIn(temp.dataDir)) expect(namesFoundIn(file)).toEqual([]);

    const restore = await dispatch('ledger.restoreBackup', { name: 'manual-2026-11-25T09-05-00-000Z.sqlite' });
    expect(restore.ok ? null : restore.error.reason).toBe('backups.onServer');
  });

  it('are encrypted with the backup passphrase on a drive: no name in the bytes, and the passphrase gives back a dump pg_restore reads', async () => {
    const drive = makeDrive();
    temp = await startTempBackend({ kdfCost });
    const dispatch = temp.backend.dispatch;
    await backUpToDrive(dispatch, drive, passphrase);
    await callOk(dispatch, 'members.create', { member: worker() });
    const copy = await callOk(dispatch, 'backups.create', {});
    expect(copy).toMatchObject({ encrypted: true, folder: drive });
    expect(copy.name).toMatch(/^manual-.*\.pgdump\.enc$/);
    expect((await callOk(dispatch, 'backups.list', {})).backups.find((backup) => backup.name === copy.name)?.encrypted).toBe(true);

    const file = path.join(drive, copy.name);
    const raw = fs.readFileSync(file);
    for (const form of readableForms(raw)) expect(valuesIn(form, searched)).toEqual([]);
    const plain = decryptBackupBytes(file, passphrase);
    // The decrypted bytes are a dump whose compressed rows hold the name: the search above was able to fail.
    expect(readableForms(plain).some((form) => valuesIn(form, [name]).length > 0)).toBe(true);
    const restored = path.join(makeTempDir('secretariat-admin-'), 'restored.pgdump');
    fs.writeFileSync(restored, plain);
    const list = spawnSync(pgRestore(), ['--list', restored], { encoding: 'utf8' });
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toContain('TABLE DATA public members');
    expect(dumpAsText(restored)).toContain(name);
    fs.rmSync(path.dirname(restored), { recursive: true, force: true });

    // The plaintext never sat on the drive, and no work file is left in the data folder.
    expect(fs.readdirSync(drive)).toEqual([copy.name]);
    expect(filesUnder(temp.dataDir).filter((found) => found.includes('backup-work') || found.endsWith('.partial'))).toEqual([]);
    // The administrator's way back: the app's decrypt script, with the passphrase alone.
    const decrypted = path.join(makeTempDir('secretariat-admin-'), 'decrypted.pgdump');
    const script = spawnSync('npx', ['tsx', 'scripts/backup-decrypt.ts', file, decrypted], {
      encoding: 'utf8',
      input: `${passphrase}\n`,
      env: { ...process.env, SECRETARIAT_BACKUP_PASSPHRASE: '' },
    });
    expect(script.status, script.stderr).toBe(0);
    expect(fs.readFileSync(decrypted).equals(plain)).toBe(true);
    expect(fs.statSync(decrypted).mode & 0o077).toBe(0);
    fs.rmSync(path.dirname(decrypted), { recursive: true, force: true });
  });

  it('are encrypted on this computer too once a passphrase is set: the copy is the only personal data a stolen laptop holds', async () => {
    temp = await startTempBackend({ kdfCost });
    const dispatch = temp.backend.dispatch;
    await callOk(dispatch, 'backups.setPassphrase', { passphrase, confirmation: passphrase });
    await callOk(dispatch, 'members.create', { member: worker() });
    const copy = await callOk(dispatch, 'backups.create', {});
    expect(copy).toMatchObject({ encrypted: true, folder: path.join(temp.dataDir, 'backups') });
    const file = path.join(copy.folder, copy.name);
    for (const form of readableForms(fs.readFileSync(file))) expect(valuesIn(form, searched)).toEqual([]);
    expect(readableForms(decryptBackupBytes(file, passphrase)).some((form) => valuesIn(form, [name]).length > 0)).toBe(true);
    expect(dumpsIn(temp.dataDir).filter((found) => !found.endsWith('.enc'))).toEqual([]);
  });

  it('leave no file behind when pg_dump fails or its dump does not read back', async () => {
    const drive = makeDrive();
    for (const [exitCode, problem] of [[1, 'pg_dump failed'], [0, '']] as const) {
      const program = fakePgDump(exitCode);
      const backend = await startTempBackend({ kdfCost, pgDump: () => program });
      alsoStop.push(backend);
      const dispatch = backend.backend.dispatch;
      await backUpToDrive(dispatch, drive, passphrase);
      await callOk(dispatch, 'members.create', { member: worker() });
      const failed = await dispatch('backups.create', {});
      expect(failed.ok ? null : failed.error.reason).toBe('backups.failed');
      if (!failed.ok) expect(failed.error.message).toContain(problem);
      expect(dumpsIn(drive, backend.dataDir)).toEqual([]);
      expect(filesUnder(backend.dataDir, drive).filter((file) => valuesIn(fs.readFileSync(file), [name]).length > 0)).toEqual([]);
      expect((await callOk(dispatch, 'backups.list', {})).lastError).toContain('The manual copy of the server ledger failed');
    }
  });

  it('after a withdrawal, no copy in any folder the app wrote to holds the member; an unplugged drive is named, and cleared at the next start', async () => {
    const [first, second] = [makeDrive(), makeDrive()];
    const earlier = await startTempBackend({ kdfCost });
    alsoStop.push(earlier);
    let dispatch = earlier.backend.dispatch;
    const member = await callOk(dispatch, 'members.create', { member: worker() });
    const other = await callOk(dispatch, 'members.create', { member: memberDraft({ displayName: 'Second Worker Person', email: null, phone: null }) });
    await callOk(dispatch, 'backups.create', {});
    await backUpToDrive(dispatch, first, passphrase);
    await callOk(dispatch, 'backups.create', {});
    await callOk(dispatch, 'backups.setFolder', { folder: second });
    await callOk(dispatch, 'backups.create', {});
    const folders = [earlier.dataDir, first, second];
    // Setting the passphrase encrypted the plain copies already in the data folder, so every copy is encrypted.
    expect(dumpsIn(...folders).filter(looksEncrypted)).toHaveLength(4);
    expect(dumpsIn(...folders).flatMap(namesFoundIn)).toContain(name);

    const withdrawal = await callOk(dispatch, 'members.withdraw', { id: member.id, confirmErasure: true });
    expect(withdrawal.backups).toMatchObject({ serverBackups: true, serverDumpsDeleted: 4, unreachableFolders: [], failed: [] });
    const left = dumpsIn(...folders);
    expect(left).toHaveLength(1);
    expect(path.dirname(left[0] as string)).toBe(second);
    expect(looksEncrypted(left[0] as string)).toBe(true);
    for (const file of filesUnder(...folders)) expect(namesFoundIn(file), file).toEqual([]);

    // An unplugged drive: named in the report; its copies go when the app starts with it plugged in again.
    await callOk(dispatch, 'backups.setFolder', { folder: first });
    const onFirst = await callOk(dispatch, 'backups.create', {});
    await callOk(dispatch, 'backups.setFolder', { folder: second });
    fs.renameSync(first, `${first}-unplugged`);
    const unplugged = await callOk(dispatch, 'members.withdraw', { id: other.id, confirmErasure: true });
    expect(unplugged.backups).toMatchObject({ serverBackups: true, unreachableFolders: [first] });
    await earlier.stop();
    fs.renameSync(`${first}-unplugged`, first);
    expect(fs.existsSync(path.join(first, onFirst.name))).toBe(true);

    temp = await startTempBackend({ kdfCost, dataDir: earlier.dataDir, databaseUrl: earlier.databaseUrl });
    dispatch = temp.backend.dispatch;
    expect(fs.existsSync(path.join(first, onFirst.name))).toBe(false);
    expect(dumpsIn(first)).toEqual([]);
    expect((await callOk(dispatch, 'backups.list', {})).backups.every((backup) => backup.name.includes('.pgdump'))).toBe(true);
  });

  it('that hold a member another coordinator withdrew are deleted with this computer’s next copy', async () => {
    const here = await startTempBackend();
    alsoStop.push(here);
    temp = await startTempBackend({ databaseUrl: here.databaseUrl });
    const member = await callOk(here.backend.dispatch, 'members.create', { member: worker() });
    await callOk(here.backend.dispatch, 'backups.create', {});
    expect(dumpsIn(here.dataDir).flatMap(namesFoundIn)).toContain(name);

    await callOk(temp.backend.dispatch, 'members.withdraw', { id: member.id, confirmErasure: true });
    const next = await callOk(here.backend.dispatch, 'backups.create', {});
    expect(dumpsIn(here.dataDir)).toEqual([path.join(next.folder, next.name)]);
    for (const file of dumpsIn(here.dataDir, temp.dataDir)) expect(namesFoundIn(file), file).toEqual([]);
    expect(here.errors).toEqual([]);
  });

  it('that hold a member another coordinator withdrew are deleted even when that coordinator’s clock runs two hours behind', async () => {
    const here = await startTempBackend();
    alsoStop.push(here);
    const behind = () => new Date(Date.now() - 2 * 3_600_000);
    temp = await startTempBackend({ databaseUrl: here.databaseUrl, now: behind });
    const member = await callOk(here.backend.dispatch, 'members.create', { member: worker() });
    const before = await callOk(here.backend.dispatch, 'backups.create', {});
    expect(namesFoundIn(path.join(before.folder, before.name))).toContain(name);

    const withdrawal = await callOk(temp.backend.dispatch, 'members.withdraw', { id: member.id, confirmErasure: true });
    expect(withdrawal.withdrawnAt < before.takenAt).toBe(true);
    // Here, a restart (the start-up check) and the next copy: neither may keep the copy taken before the withdrawal.
    const next = await callOk(here.backend.dispatch, 'backups.create', {});
    expect(dumpsIn(here.dataDir)).toEqual([path.join(next.folder, next.name)]);
    for (const file of dumpsIn(here.dataDir, temp.dataDir)) expect(namesFoundIn(file), file).toEqual([]);
  });

  it('include the ledger file left behind by the move to the server: a withdrawal erases the member from it too', async () => {
    const dataDir = makeTempDir();
    const file = path.join(dataDir, 'ledger.sqlite');
    const before = await openLedger({ path: file });
    const member = await callOk(createDispatcher({ ledger: before, dataDir }, () => undefined), 'members.create', { member: worker() });
    await before.close();
    const database = await createTestDatabase();
    try {
      await moveLedgerToPostgres({ from: file, to: database.url });
      temp = await startTempBackend({ dataDir, databaseUrl: database.url });
      // The attacker's search finds the name in the moved-from file: the same search must find nothing later.
      expect(namesFoundIn(file)).toContain(name);

      const withdrawal = await callOk(temp.backend.dispatch, 'members.withdraw', { id: member.id, confirmErasure: true });
      expect(withdrawal.backups?.setAside).toEqual([expect.objectContaining({ name: 'ledger.sqlite', outcome: 'scrubbed' })]);
      for (const found of filesUnder(dataDir)) expect(namesFoundIn(found), found).toEqual([]);
    } finally {
      await temp?.cleanup();
      temp = undefined;
      await database.drop();
    }
  });

  it('are taken on the backup schedule while the ledger changes, and rotated like backups', async () => {
    const clock = new FakeClock();
    let minutes = 0;
    // Every copy on one day, a minute apart: rotation keeps the newest 10.
    const now = () => new Date(Date.UTC(2026, 10, 30, 8, 0) + minutes++ * 60_000);
    temp = await startTempBackend({ clock, now, backupIntervalMinutes: 15 });
    const dispatch = temp.backend.dispatch;
    const atStart = (await callOk(dispatch, 'backups.list', {})).backups;
    expect(atStart.map((backup) => backup.reason)).toEqual(['start']);

    await clock.advance(20 * 60_000);
    expect((await callOk(dispatch, 'backups.list', {})).backups).toHaveLength(1);
    await callOk(dispatch, 'members.create', { member: worker() });
    await clock.advance(15 * 60_000);
    // The scheduled copy runs beside the operations; pg_dump takes a moment.
    await vi.waitFor(async () => expect((await callOk(dispatch, 'backups.list', {})).backups.map((backup) => backup.reason)).toEqual(['scheduled', 'start']), {
      timeout: 15_000,
    });
    await clock.advance(60 * 60_000);
    expect((await callOk(dispatch, 'backups.list', {})).backups).toHaveLength(2);

    for (let copy = 0; copy < 10; copy++) await callOk(dispatch, 'backups.create', {});
    const rotated = (await callOk(dispatch, 'backups.list', {})).backups;
    expect(rotated).toHaveLength(10);
    expect(rotated.map((backup) => backup.reason)).not.toContain('start');
  });
});
