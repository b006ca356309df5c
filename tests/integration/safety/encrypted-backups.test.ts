import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callOk } from '../../support/call-operation';
import { decryptBackupBytes } from '../../support/decrypt-backup';
import { backUpToDrive, makeDrive, testKdfCost as kdfCost } from '../../support/encrypted-drive';
import { filesUnder, valuesIn } from '../../support/name-variants';
import { startTempBackend, type TempBackend } from '../../support/temp-backend';
import { memberDraft } from '../registry/registry-fixtures';

const passphrase = 'rain on the Fraser in May';
const name = 'Rosalía Tzul Batz';
const sqliteHeader = 'SQLite format 3';

async function backendWithDrive(): Promise<{ temp: TempBackend; drive: string }> {
  const temp = await startTempBackend({ kdfCost });
  const drive = makeDrive();
  await backUpToDrive(temp.backend.dispatch, drive, passphrase);
  return { temp, drive };
}

async function memberCount(temp: TempBackend): Promise<number> {
  return (await callOk(temp.backend.dispatch, 'ledger.status', {})).memberCount;
}

describe('backups that leave the computer are encrypted', () => {
  let temp: TempBackend | undefined;
  afterEach(async () => {
    await temp?.cleanup();
    temp = undefined;
  });

  it('writes only ciphertext to the drive, readable with the passphrase alone', async () => {
    const started = await backendWithDrive();
    temp = started.temp;
    await callOk(temp.backend.dispatch, 'members.create', { member: memberDraft({ displayName: name }) });
    const backup = await callOk(temp.backend.dispatch, 'backups.create', {});
    expect(backup).toMatchObject({ folder: started.drive, encrypted: true });
    const file = path.join(started.drive, backup.name);
    const bytes = fs.readFileSync(file);
    expect(valuesIn(bytes, [name, sqliteHeader])).toEqual([]);
    // Read with nothing but the passphrase, as on a new computer after the old one was lost.
    const plain = decryptBackupBytes(file, passphrase);
    expect(plain.subarray(0, 15).toString('latin1')).toBe(sqliteHeader);
    expect(valuesIn(plain, [name])).toEqual([name]);
    expect(() => decryptBackupBytes(file, 'rain on the Fraser in June')).toThrow();
    // Beside the ledger: the salt and a key check, never the passphrase.
    const settings = fs.readFileSync(path.join(temp.dataDir, 'backup-encryption.json'));
    expect(valuesIn(settings, [passphrase])).toEqual([]);
    expect(fs.readdirSync(started.drive)).toEqual([backup.name]);
  });

  it('asks for the passphrase to restore after a restart, refuses a wrong one, and restores with the right one', async () => {
    const started = await backendWithDrive();
    await callOk(started.temp.backend.dispatch, 'members.create', { member: memberDraft({ displayName: name }) });
    const backup = await callOk(started.temp.backend.dispatch, 'backups.create', {});
    await started.temp.stop();
    temp = await startTempBackend({ dataDir: started.temp.dataDir, kdfCost });
    const { dispatch } = temp.backend;
    expect((await callOk(dispatch, 'backups.list', {})).encryption).toMatchObject({ required: true, passphraseSet: true, unlocked: false });
    await callOk(dispatch, 'members.create', { member: memberDraft({ displayName: 'Added Later' }) });

    const withoutPassphrase = await dispatch('ledger.restoreBackup', { name: backup.name });
    expect(withoutPassphrase.ok || withoutPassphrase.error.issues).toEqual([{ path: 'passphrase', message: 'is needed: this backup is encrypted', reason: 'backups.passphraseNeeded' }]);
    const wrong = await dispatch('ledger.restoreBackup', { name: backup.name, passphrase: 'rain on the Fraser in June' });
    expect(wrong.ok || wrong.error.message).toMatch(/not the backup passphrase/);
    expect(await memberCount(temp)).toBe(2);

    await callOk(dispatch, 'ledger.restoreBackup', { name: backup.name, passphrase });
    expect(await memberCount(temp)).toBe(1);
    // No plaintext was left on the drive or in the work folder.
    expect(filesUnder(started.drive).every((file) => file.endsWith('.enc'))).toBe(true);
    expect(fs.existsSync(path.join(temp.dataDir, 'backup-work'))).toBe(false);
  });

  it('keeps backups on this computer, and says so, while the passphrase has not been entered', async () => {
    const started = await backendWithDrive();
    await started.temp.stop();
    temp = await startTempBackend({ dataDir: started.temp.dataDir, kdfCost });
    const held = await callOk(temp.backend.dispatch, 'backups.create', {});
    expect(held).toMatchObject({ folder: path.join(temp.dataDir, 'backups'), encrypted: false });
    expect(fs.readdirSync(started.drive)).toEqual([]);

    const wrong = await temp.backend.dispatch('backups.unlock', { passphrase: 'not it at all' });
    expect(wrong.ok || wrong.error.issues).toEqual([{ path: 'passphrase', message: 'is not the backup passphrase', reason: 'backups.wrongPassphrase' }]);
    await callOk(temp.backend.dispatch, 'backups.unlock', { passphrase });
    expect((await callOk(temp.backend.dispatch, 'backups.create', {})).folder).toBe(started.drive);
  });

  it('encrypts plain backups found on the drive once the passphrase is entered', async () => {
    const started = await backendWithDrive();
    const local = await callOk(started.temp.backend.dispatch, 'backups.setFolder', { folder: null });
    expect(local.isDefaultFolder).toBe(true);
    const plain = await callOk(started.temp.backend.dispatch, 'backups.create', {});
    // As an older version of the app left it: a plain backup on the external drive.
    fs.copyFileSync(path.join(plain.folder, plain.name), path.join(started.drive, plain.name.replace('manual-', 'scheduled-')));
    await callOk(started.temp.backend.dispatch, 'backups.setFolder', { folder: started.drive });
    await started.temp.stop();
    temp = await startTempBackend({ dataDir: started.temp.dataDir, kdfCost });

    const outcome = await callOk(temp.backend.dispatch, 'backups.unlock', { passphrase });
    expect(outcome).toMatchObject({ plainBackupsEncrypted: 1, plainBackupsFailed: [] });
    expect(fs.readdirSync(started.drive)).toEqual([plain.name.replace('manual-', 'scheduled-') + '.enc']);
  });

  it('refuses to restore an encrypted backup whose bytes were altered, and leaves the ledger as it was', async () => {
    const started = await backendWithDrive();
    temp = started.temp;
    const backup = await callOk(temp.backend.dispatch, 'backups.create', {});
    const file = path.join(started.drive, backup.name);
    const bytes = fs.readFileSync(file);
    const middle = Math.floor(bytes.length / 2);
    bytes.writeUInt8(bytes.readUInt8(middle) ^ 0x01, middle);
    fs.writeFileSync(file, bytes);
    await callOk(temp.backend.dispatch, 'members.create', { member: memberDraft({ displayName: name }) });
    const refused = await temp.backend.dispatch('ledger.restoreBackup', { name: backup.name });
    expect(refused.ok || refused.error.message).toMatch(/damaged or was altered/);
    expect(await memberCount(temp)).toBe(1);
  });

  it('restores on a new computer whose passphrase was set again: the backup asks for the one it was written with', async () => {
    const started = await backendWithDrive();
    await callOk(started.temp.backend.dispatch, 'members.create', { member: memberDraft({ displayName: name }) });
    const backup = await callOk(started.temp.backend.dispatch, 'backups.create', {});
    await started.temp.cleanup();

    temp = await startTempBackend({ kdfCost });
    await callOk(temp.backend.dispatch, 'backups.setPassphrase', { passphrase: 'a brand new passphrase', confirmation: 'a brand new passphrase' });
    await callOk(temp.backend.dispatch, 'backups.setFolder', { folder: started.drive });
    const needed = await temp.backend.dispatch('ledger.restoreBackup', { name: backup.name });
    expect(needed.ok).toBe(false);
    await callOk(temp.backend.dispatch, 'ledger.restoreBackup', { name: backup.name, passphrase });
    expect(await memberCount(temp)).toBe(1);
  });

  it('offers encrypted backups in recovery mode and restores one with the passphrase', async () => {
    const started = await backendWithDrive();
    await callOk(started.temp.backend.dispatch, 'members.create', { member: memberDraft({ displayName: name }) });
    const backup = await callOk(started.temp.backend.dispatch, 'backups.create', {});
    await started.temp.stop();
    fs.writeFileSync(path.join(started.temp.dataDir, 'ledger.sqlite'), 'a spreadsheet saved over the ledger');

    temp = await startTempBackend({ dataDir: started.temp.dataDir, kdfCost });
    const recovery = await callOk(temp.backend.dispatch, 'ledger.recovery', {});
    expect(recovery.backups).toEqual([expect.objectContaining({ name: backup.name, encrypted: true })]);
    const needed = await temp.backend.dispatch('ledger.restoreBackup', { name: backup.name });
    expect(needed.ok || needed.error.issues?.[0]?.path).toBe('passphrase');
    const restored = await callOk(temp.backend.dispatch, 'ledger.restoreBackup', { name: backup.name, passphrase });
    expect(restored.setAsideAs).toEqual(expect.stringContaining('ledger.sqlite.damaged-'));
    expect(await memberCount(temp)).toBe(1);
  });

  it('refuses a short passphrase, a confirmation that differs, and a second passphrase', async () => {
    temp = await startTempBackend({ kdfCost });
    const { dispatch } = temp.backend;
    const short = await dispatch('backups.setPassphrase', { passphrase: 'too short', confirmation: 'too short' });
    expect(short.ok || short.error.issues?.[0]?.path).toBe('passphrase');
    const differs = await dispatch('backups.setPassphrase', { passphrase, confirmation: `${passphrase}!` });
    expect(differs.ok || differs.error.issues?.[0]?.path).toBe('confirmation');
    await callOk(dispatch, 'backups.setPassphrase', { passphrase, confirmation: passphrase });
    const again = await dispatch('backups.setPassphrase', { passphrase: 'another long passphrase', confirmation: 'another long passphrase' });
    expect(again.ok || again.error.code).toBe('conflict');
  });
});
