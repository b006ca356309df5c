import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupStore } from '../../../electron/ledger/backups/backup-store';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { memberDraft } from '../../support/member-drafts';

describe('the backup folder on disk', () => {
  let temp: TempLedger | undefined;
  afterEach(async () => {
    await temp?.close();
    temp = undefined;
  });

  it('rotates as it goes: the newest ten, one a day for a month, and every pre-migration backup', async () => {
    temp = await openTempLedger();
    let now = Date.parse('2026-10-01T12:00:00.000Z');
    const store = new BackupStore({ dataDir: temp.dataDir, now: () => new Date(now) });
    fs.mkdirSync(store.folder, { recursive: true });
    const premigration = 'before-migration-2026-01-01T00-00-00-000Z.sqlite';
    fs.copyFileSync(temp.ledger.path, path.join(store.folder, premigration));
    fs.writeFileSync(path.join(store.folder, 'notes-from-the-coordinator.txt'), 'keep me');

    // Two backups a day for 36 days.
    for (let index = 0; index < 72; index++) {
      await store.create(temp.ledger.sqlite, 'scheduled');
      now += 12 * 60 * 60 * 1000;
    }
    const names = fs.readdirSync(store.folder);
    expect(names).toContain(premigration);
    expect(names).toContain('notes-from-the-coordinator.txt');
    const kept = store.list().filter((backup) => backup.reason === 'scheduled');
    // Ten newest (the last five days), then one per day back to 31 days.
    expect(kept.length).toBeGreaterThanOrEqual(10 + 25);
    expect(kept.length).toBeLessThanOrEqual(10 + 32);
    const oldest = new Date(kept.at(-1)!.takenAt).getTime();
    expect(now - oldest).toBeLessThanOrEqual(32 * 24 * 60 * 60 * 1000);
    expect(kept.length).toBeLessThan(72);
  }, 120_000);

  it('never rotates away the newest backup that differs from the ledger, however many copies of a wrong ledger follow', async () => {
    temp = await openTempLedger();
    await temp.dispatch('ledger.loadDemo', {});
    let now = Date.parse('2026-10-01T09:00:00.000Z');
    const store = new BackupStore({ dataDir: temp.dataDir, now: () => new Date(now) });
    const good = await store.create(temp.ledger.sqlite, 'manual');
    // The ledger goes wrong (emptied, or another file put in its place) and is backed up again and again
    // the same day: by the policy alone only the newest ten and that day's newest would stay.
    const wrong = await openTempLedger();
    try {
      for (let start = 0; start < 25; start++) {
        now += 60_000;
        await store.create(wrong.ledger.sqlite, 'start');
      }
    } finally {
      await wrong.close();
    }
    const kept = store.list();
    expect(kept.map((backup) => backup.name)).toContain(good.name);
    expect(kept.filter((backup) => backup.reason === 'start')).toHaveLength(10);

    // Once the ledger changes again, the protection moves on and the old backup rotates normally.
    for (let change = 0; change < 12; change++) {
      now += 60_000;
      await temp.dispatch('members.create', { member: memberDraft({ displayName: `Changed ${change}` }) });
      await store.create(temp.ledger.sqlite, 'scheduled');
    }
    expect(store.list().map((backup) => backup.name)).not.toContain(good.name);
  }, 120_000);

  it('refuses a folder it cannot write to, keeping the previous one', async () => {
    temp = await openTempLedger();
    const store = new BackupStore({ dataDir: temp.dataDir });
    const blocker = path.join(temp.dataDir, 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    expect(() => store.setFolder(path.join(blocker, 'backups'))).toThrow(/cannot be written/);
    expect(store.folder).toBe(store.defaultFolder);
    expect(() => store.setFolder('relative/backups')).toThrow(/full path/);
  });
});
