import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callOk } from '../../support/call-operation';
import { flipPageHeaders } from '../../support/corrupt-files';
import { asStoredBytes, rawText, tracesIn } from '../../support/raw-bytes';
import { startTempBackend, type TempBackend } from '../../support/temp-backend';
import { withdrawalRegisterPath } from '../../../electron/ledger/withdrawal/withdrawal-register';
import { memberDraft, ok } from '../registry/registry-fixtures';

const name = 'Xochitl Bautista-Orozco';
const email = 'xochitl.orozco@example.org';
const phone = '+1 250 555 0142';
const note = 'Works at the Okanagan orchard, fears the employer finds out';
const erased = [name, email, phone, note, 'Xochitl', 'Bautista'];

async function addWorker(temp: TempBackend): Promise<number> {
  const member = await ok<{ id: number }>(temp.backend.dispatch, 'members.create', {
    member: memberDraft({ displayName: name, email, phone, notes: note }),
  });
  return member.id;
}

describe('a restored backup never brings a withdrawn member back', () => {
  let temp: TempBackend | undefined;
  afterEach(async () => {
    await temp?.cleanup();
    temp = undefined;
  });

  it('registers the withdrawal beside the ledger with ids, numbers and dates only', async () => {
    temp = await startTempBackend();
    const id = await addWorker(temp);
    const result = await callOk(temp.backend.dispatch, 'members.withdraw', { id, confirmErasure: true });
    expect(result.registerProblem).toBeNull();

    const file = withdrawalRegisterPath(temp.dataDir);
    const register = JSON.parse(fs.readFileSync(file, 'utf8')) as { withdrawals: Record<string, unknown>[] };
    expect(register.withdrawals).toEqual([
      { memberId: id, withdrawalNumber: 1, withdrawnAt: result.withdrawnAt, memberCreatedAt: expect.any(String) },
    ]);
    expect(tracesIn(file, erased)).toEqual([]);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);
  });

  it('anonymises the member again when a backup from before the withdrawal is restored', async () => {
    temp = await startTempBackend();
    const { dispatch } = temp.backend;
    const id = await addWorker(temp);
    const backup = await callOk(dispatch, 'backups.create', {});
    const backupFile = path.join(backup.folder, backup.name);
    // The backup as it was before any scrub: as if it had sat on a drive unplugged during the withdrawal.
    const unscrubbed = fs.readFileSync(backupFile);
    expect(rawText(backupFile)).toContain(asStoredBytes(name));

    await callOk(dispatch, 'members.withdraw', { id, confirmErasure: true });
    fs.writeFileSync(backupFile, unscrubbed);

    await callOk(dispatch, 'ledger.restoreBackup', { name: backup.name });
    const member = await ok<Record<string, unknown>>(dispatch, 'members.get', { id });
    expect(member).toMatchObject({ displayName: 'Withdrawn member 1', email: null, phone: null, notes: null, mayContact: false, mayBeNamed: false });
    expect(member.withdrawnAt).toEqual(expect.any(String));
    expect((await ok<{ total: number }>(dispatch, 'members.list', { search: 'Xochitl' })).total).toBe(0);

    // The next withdrawal gets the next number, not the re-applied one's.
    const other = await ok<{ id: number }>(dispatch, 'members.create', { member: memberDraft({ displayName: 'Second Worker' }) });
    const second = await callOk(dispatch, 'members.withdraw', { id: other.id, confirmErasure: true });
    expect(second.label).toBe('Withdrawn member 2');

    await temp.stop();
    expect(tracesIn(temp.backend.ledgerPath, erased, { compactFirst: true })).toEqual([]);
  });

  it('completes the withdrawal when a scrubbed backup is restored', async () => {
    temp = await startTempBackend();
    const { dispatch } = temp.backend;
    const id = await addWorker(temp);
    const backup = await callOk(dispatch, 'backups.create', {});
    const result = await callOk(dispatch, 'members.withdraw', { id, confirmErasure: true });
    expect(result.backups).toMatchObject({ scrubbed: 1, failed: [] });

    await callOk(dispatch, 'ledger.restoreBackup', { name: backup.name });
    const member = await ok<Record<string, unknown>>(dispatch, 'members.get', { id });
    expect(member).toMatchObject({ displayName: 'Withdrawn member 1', withdrawnAt: result.withdrawnAt, mayContact: false });
    await temp.stop();
    expect(tracesIn(temp.backend.ledgerPath, erased, { compactFirst: true })).toEqual([]);
  });

  it('anonymises the member when the app starts on a ledger put back by hand from an old backup', async () => {
    temp = await startTempBackend();
    const id = await addWorker(temp);
    const backup = await callOk(temp.backend.dispatch, 'backups.create', {});
    const unscrubbed = fs.readFileSync(path.join(backup.folder, backup.name));
    await callOk(temp.backend.dispatch, 'members.withdraw', { id, confirmErasure: true });
    await temp.stop();

    for (const suffix of ['-wal', '-shm']) fs.rmSync(temp.backend.ledgerPath + suffix, { force: true });
    fs.writeFileSync(temp.backend.ledgerPath, unscrubbed);
    temp = await startTempBackend({ dataDir: temp.dataDir });
    const member = await ok<Record<string, unknown>>(temp.backend.dispatch, 'members.get', { id });
    expect(member.displayName).toBe('Withdrawn member 1');
    expect(temp.errors).toEqual([]);
  });

  it('in recovery mode, erases the member from the backups at start and keeps them withdrawn after the restore', async () => {
    temp = await startTempBackend();
    const id = await addWorker(temp);
    const backup = await callOk(temp.backend.dispatch, 'backups.create', {});
    const backupFile = path.join(backup.folder, backup.name);
    const unscrubbed = fs.readFileSync(backupFile);
    await callOk(temp.backend.dispatch, 'members.withdraw', { id, confirmErasure: true });
    await temp.stop();
    fs.writeFileSync(backupFile, unscrubbed);
    flipPageHeaders(temp.backend.ledgerPath, 2);

    temp = await startTempBackend({ dataDir: temp.dataDir });
    const { dispatch } = temp.backend;
    expect((await callOk(dispatch, 'ledger.recovery', {})).available).toBe(false);
    expect(tracesIn(backupFile, erased)).toEqual([]);

    await callOk(dispatch, 'ledger.restoreBackup', { name: backup.name });
    const member = await ok<Record<string, unknown>>(dispatch, 'members.get', { id });
    expect(member).toMatchObject({ displayName: 'Withdrawn member 1', mayContact: false });
    expect(member.withdrawnAt).toEqual(expect.any(String));
    expect(temp.errors).toEqual([]);
  });

  it('does not touch a later member who reused the id of a withdrawn one', async () => {
    temp = await startTempBackend();
    const { dispatch } = temp.backend;
    const backup = await callOk(dispatch, 'backups.create', {});
    const id = await addWorker(temp);
    await callOk(dispatch, 'members.withdraw', { id, confirmErasure: true });

    // The backup predates the member, so its ids start over: the next member gets the same id.
    await callOk(dispatch, 'ledger.restoreBackup', { name: backup.name });
    const newcomer = await ok<{ id: number }>(dispatch, 'members.create', { member: memberDraft({ displayName: 'Newcomer Worker' }) });
    expect(newcomer.id).toBe(id);
    await temp.stop();
    temp = await startTempBackend({ dataDir: temp.dataDir });
    const member = await ok<Record<string, unknown>>(temp.backend.dispatch, 'members.get', { id });
    expect(member).toMatchObject({ displayName: 'Newcomer Worker', withdrawnAt: null });
  });

  it('refuses a restore it cannot make safe, and puts the previous ledger back', async () => {
    temp = await startTempBackend();
    const { dispatch } = temp.backend;
    const id = await addWorker(temp);
    const backup = await callOk(dispatch, 'backups.create', {});
    await callOk(dispatch, 'members.withdraw', { id, confirmErasure: true });
    fs.writeFileSync(withdrawalRegisterPath(temp.dataDir), '{ not json');

    const result = await dispatch('ledger.restoreBackup', { name: backup.name });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/previous ledger was put back/);
    const member = await ok<Record<string, unknown>>(dispatch, 'members.get', { id });
    expect(member.displayName).toBe('Withdrawn member 1');
    expect((await callOk(dispatch, 'backups.list', {})).withdrawalProblem).toMatch(/withdrawal register .* not valid JSON/);
  });
});
