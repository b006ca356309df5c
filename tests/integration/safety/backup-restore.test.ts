import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callOk } from '../../support/call-operation';
import { startTempBackend, type TempBackend } from '../../support/temp-backend';
import { dumpTables } from '../../support/table-dump';
import { makeTempDir } from '../../support/temp-ledger';
import type { MemberDraft } from '../../../shared/domain/member';

const draft: MemberDraft = {
  kind: 'individual',
  displayName: 'Added After Backup',
  alias: null,
  category: 'union',
  organisationName: null,
  languages: ['en'],
  preferredLanguage: 'en',
  email: null,
  phone: null,
  mayContact: true,
  mayBeNamed: true,
  joinedOn: '2026-01-05',
  leftOn: null,
  notes: null,
};


describe('backups and restore', () => {
  let temp: TempBackend | undefined;
  afterEach(async () => {
    await temp?.cleanup();
    temp = undefined;
  });

  it('restores a backup so that every table holds exactly what it held when backed up', async () => {
    temp = await startTempBackend();
    const { dispatch } = temp.backend;
    await callOk(dispatch, 'ledger.loadDemo', {});
    const backup = await callOk(dispatch, 'backups.create', {});
    const backupFile = path.join(backup.folder, backup.name);
    const atBackup = dumpTables(backupFile);
    expect((atBackup.members ?? []).length).toBe(150);

    await callOk(dispatch, 'members.create', { member: draft });
    const status = await callOk(dispatch, 'ledger.status', {});
    expect(status.memberCount).toBe(151);

    const outcome = await callOk(dispatch, 'ledger.restoreBackup', { name: backup.name });
    expect(outcome.restored.name).toBe(backup.name);
    expect(outcome.keptAs?.reason).toBe('before-restore');

    // The backend reopened the restored ledger: operations keep working on it.
    expect((await callOk(dispatch, 'ledger.status', {})).memberCount).toBe(150);
    await temp.stop();
    expect(dumpTables(temp.backend.ledgerPath)).toEqual(atBackup);

    // The ledger as it was before the restore was kept, with the member added after the backup.
    const kept = dumpTables(path.join(outcome.keptAs!.folder, outcome.keptAs!.name));
    expect((kept.members ?? []).length).toBe(151);
  });

  it('takes a start backup of an existing ledger and lists backups newest first with sizes', async () => {
    temp = await startTempBackend();
    await callOk(temp.backend.dispatch, 'ledger.loadDemo', {});
    await temp.stop();
    const dataDir = temp.dataDir;
    temp = await startTempBackend({ dataDir });
    const listed = await callOk(temp.backend.dispatch, 'backups.list', {});
    expect(listed.backups.map((backup) => backup.reason)).toEqual(['start']);
    expect(listed.backups[0]!.sizeBytes).toBeGreaterThan(0);
    await callOk(temp.backend.dispatch, 'backups.create', {});
    const again = await callOk(temp.backend.dispatch, 'backups.list', {});
    expect(again.backups.map((backup) => backup.reason)).toEqual(['manual', 'start']);
    // Each backup is one self-contained file: no journal, WAL or half-written leftovers beside it.
    expect(fs.readdirSync(again.folder).sort()).toEqual(again.backups.map((backup) => backup.name).sort());
  });

  it('refuses a damaged backup and leaves the ledger as it was', async () => {
    temp = await startTempBackend();
    const { dispatch } = temp.backend;
    await callOk(dispatch, 'ledger.loadDemo', {});
    const backup = await callOk(dispatch, 'backups.create', {});
    const backupFile = path.join(backup.folder, backup.name);
    const bytes = fs.readFileSync(backupFile);
    fs.writeFileSync(backupFile, bytes.subarray(0, Math.floor(bytes.length / 2)));

    const result = await dispatch('ledger.restoreBackup', { name: backup.name });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/cannot be restored/);
    expect((await callOk(dispatch, 'ledger.status', {})).memberCount).toBe(150);
    const listed = await callOk(dispatch, 'backups.list', {});
    expect(listed.backups.some((entry) => entry.reason === 'before-restore')).toBe(false);
  });

  it('refuses names that are not backups, so a restore cannot reach outside the backup folder', async () => {
    temp = await startTempBackend();
    for (const name of ['../ledger.sqlite', '/etc/passwd', 'manual-2026-11-25T09-05-00-000Z.sqlite/../../x']) {
      const result = await temp.backend.dispatch('ledger.restoreBackup', { name });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.issues?.[0]?.path).toBe('name');
    }
  });

  it('sends new backups to the folder the coordinator chose, encrypted, and still lists the old ones', async () => {
    temp = await startTempBackend({ kdfCost: { logN: 14, r: 8, p: 1 } });
    const { dispatch } = temp.backend;
    const first = await callOk(dispatch, 'backups.create', {});
    const external = makeTempDir('secretariat-external-');
    try {
      const refused = await dispatch('backups.setFolder', { folder: external });
      expect(refused.ok || refused.error.message).toMatch(/set a backup passphrase first/);
      await callOk(dispatch, 'backups.setPassphrase', { passphrase: 'a long enough phrase', confirmation: 'a long enough phrase' });
      const changed = await callOk(dispatch, 'backups.setFolder', { folder: external });
      expect(changed).toEqual({ folder: external, isDefaultFolder: false });
      const second = await callOk(dispatch, 'backups.create', {});
      expect(second).toMatchObject({ folder: external, encrypted: true });
      expect(second.name).toMatch(/\.sqlite\.enc$/);
      expect(fs.existsSync(path.join(external, second.name))).toBe(true);
      const listed = await callOk(dispatch, 'backups.list', {});
      expect(listed.backups.map((backup) => backup.name)).toEqual([second.name, first.name]);

      const relative = await dispatch('backups.setFolder', { folder: 'backups' });
      expect(relative.ok).toBe(false);
      if (!relative.ok) expect(relative.error.issues?.[0]).toMatchObject({ path: 'folder' });
    } finally {
      fs.rmSync(external, { recursive: true, force: true });
    }
  });
});
