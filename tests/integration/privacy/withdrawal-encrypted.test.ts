import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callOk } from '../../support/call-operation';
import { decryptBackupBytes } from '../../support/decrypt-backup';
import { backUpToDrive, makeDrive, testKdfCost as kdfCost } from '../../support/encrypted-drive';
import { valuesIn, writtenForms } from '../../support/name-variants';
import { startTempBackend, type TempBackend } from '../../support/temp-backend';
import { memberDraft } from '../registry/registry-fixtures';

const passphrase = 'blueberries after the rain';
const name = 'Yesenia Ajú Coyoy';
const searched = [...writtenForms(name), 'yesenia.aju@example.org'];

describe('withdrawal reaches encrypted backups and set-aside ledgers, or says it did not', () => {
  let temp: TempBackend | undefined;
  afterEach(async () => {
    await temp?.cleanup();
    temp = undefined;
  });

  it('names the encrypted backups it could not open, and erases the member from them once the passphrase is entered', async () => {
    const drive = makeDrive();
    const first = await startTempBackend({ kdfCost });
    await backUpToDrive(first.backend.dispatch, drive, passphrase);
    const member = await callOk(first.backend.dispatch, 'members.create', { member: memberDraft({ displayName: name, email: 'yesenia.aju@example.org' }) });
    await callOk(first.backend.dispatch, 'meetings.create', {
      meeting: { kind: 'plenary', workingGroupId: null, title: `Plenary with ${name.toUpperCase()}`, heldOn: '2026-03-01', startsAt: '18:00', endsAt: '20:00', place: null, onlineLink: null, status: 'planned', workerFriendly: true, notes: null },
    });
    const encrypted = await callOk(first.backend.dispatch, 'backups.create', {});
    const file = path.join(drive, encrypted.name);
    await first.stop();

    temp = await startTempBackend({ dataDir: first.dataDir, kdfCost });
    const { dispatch } = temp.backend;
    const withdrawn = await callOk(dispatch, 'members.withdraw', { id: member.id, confirmErasure: true });
    expect(withdrawn.backups?.locked).toEqual([encrypted.name]);
    expect((await callOk(dispatch, 'backups.list', {})).withdrawalProblem).toContain(encrypted.name);
    expect(valuesIn(decryptBackupBytes(file, passphrase), searched)).not.toEqual([]);

    const unlocked = await callOk(dispatch, 'backups.unlock', { passphrase });
    expect(unlocked.scrub).toMatchObject({ scrubbed: 1, locked: [], failed: [] });
    expect(valuesIn(decryptBackupBytes(file, passphrase), searched)).toEqual([]);
    expect(valuesIn(fs.readFileSync(file), searched)).toEqual([]);
    expect((await callOk(dispatch, 'backups.list', {})).withdrawalProblem).toBeNull();
    expect(fs.readdirSync(drive)).toEqual([encrypted.name]);

    // Checked once, and a new backup checked as it is written: the next start has nothing to report.
    const later = await callOk(dispatch, 'backups.create', {});
    expect(later.encrypted).toBe(true);
    await temp.stop();
    temp = await startTempBackend({ dataDir: first.dataDir, kdfCost });
    expect((await callOk(temp.backend.dispatch, 'backups.list', {})).withdrawalProblem).toBeNull();
    expect(temp.errors).toEqual([]);
  });

  it('reaches backups on a drive chosen before, and names it when it is unplugged', async () => {
    const [first, second] = [makeDrive(), makeDrive()];
    temp = await startTempBackend({ kdfCost });
    const { dispatch } = temp.backend;
    await backUpToDrive(dispatch, first, passphrase);
    const ines = await callOk(dispatch, 'members.create', { member: memberDraft({ displayName: name }) });
    const other = await callOk(dispatch, 'members.create', { member: memberDraft({ displayName: 'Second Worker Person' }) });
    const old = await callOk(dispatch, 'backups.create', {});
    await callOk(dispatch, 'backups.setFolder', { folder: second });
    expect((await callOk(dispatch, 'backups.list', {})).backups.map((backup) => backup.name)).toContain(old.name);

    const withdrawn = await callOk(dispatch, 'members.withdraw', { id: ines.id, confirmErasure: true });
    expect(withdrawn.backups).toMatchObject({ scrubbed: 1, unreachableFolders: [] });
    expect(valuesIn(decryptBackupBytes(path.join(first, old.name), passphrase), searched)).toEqual([]);

    fs.renameSync(first, `${first}-unplugged`);
    const unplugged = await callOk(dispatch, 'members.withdraw', { id: other.id, confirmErasure: true });
    expect(unplugged.backups?.unreachableFolders).toEqual([first]);
    fs.renameSync(`${first}-unplugged`, first);
  });

  it('scrubs a set-aside ledger and reports one it cannot read, leaving that one byte for byte', async () => {
    temp = await startTempBackend({ kdfCost });
    const { dispatch } = temp.backend;
    const member = await callOk(dispatch, 'members.create', { member: memberDraft({ displayName: name }) });
    temp.backend.ledger.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const readable = path.join(temp.dataDir, 'ledger.sqlite.damaged-2026-03-01T10-00-00-000Z');
    const unreadable = path.join(temp.dataDir, 'ledger.sqlite.damaged-2026-03-02T10-00-00-000Z');
    fs.copyFileSync(temp.backend.ledgerPath, readable);
    const damagedBytes = Buffer.concat([fs.readFileSync(temp.backend.ledgerPath).subarray(0, 5000), Buffer.from(name)]);
    fs.writeFileSync(unreadable, damagedBytes);

    const result = await callOk(dispatch, 'members.withdraw', { id: member.id, confirmErasure: true });
    expect(result.backups?.setAside).toEqual([
      { name: path.basename(readable), outcome: 'scrubbed', problem: null },
      { name: path.basename(unreadable), outcome: 'notReached', problem: expect.any(String) },
    ]);
    expect(valuesIn(fs.readFileSync(readable), searched)).toEqual([]);
    expect(fs.readFileSync(unreadable).equals(damagedBytes)).toBe(true);
    expect((await callOk(dispatch, 'backups.list', {})).withdrawalProblem).toContain(path.basename(unreadable));
  });
});
