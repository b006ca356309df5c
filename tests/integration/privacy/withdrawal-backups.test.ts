import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger } from '../../../electron/ledger/ledger';
import { migrations as appMigrations } from '../../../electron/ledger/migrations';
import { migrationNamesIn, problemWithSqliteFile } from '../../../electron/ledger/sqlite/backup';
import { callOk } from '../../support/call-operation';
import { asStoredBytes, rawText, tracesIn } from '../../support/raw-bytes';
import { startTempBackend, type TempBackend } from '../../support/temp-backend';
import { makeTempDir } from '../../support/temp-ledger';
import { memberDraft, ok } from '../registry/registry-fixtures';

const name = 'Marisol Tzununa-Quispe';
const email = 'marisol.tzununa@example.org';
const note = 'Housing complaint against the grower; do not call during work hours';
const erased = [name, email, note, 'Marisol', 'marisol', 'tzununa', 'Tzununa'];

/** The first three migrations only: a ledger as an older version of the app left it. */
const olderMigrations = Object.fromEntries(Object.entries(appMigrations).filter(([key]) => key < '2026-11-25-100'));

/** A ledger of the older version holding the member with her details, an audit entry and a search entry. */
async function writeOlderLedger(ledgerPath: string): Promise<void> {
  const ledger = await openLedger({ path: ledgerPath, migrations: olderMigrations, actor: null });
  const at = '2025-02-01T10:00:00.000Z';
  ledger.sqlite
    .prepare(
      `insert into members (kind, display_name, category, email, notes, joined_on, created_at, updated_at, may_contact, may_be_named)
       values ('individual', ?, 'current_migrant_worker', ?, ?, '2025-02-01', ?, ?, 1, 0)`,
    )
    .run(name, email, note, at, at);
  ledger.sqlite.prepare("insert into member_languages (member_id, language_code, position) values (1, 'es', 0)").run();
  ledger.sqlite.prepare('insert into member_search (rowid, folded_text) values (1, ?)').run(name.toLowerCase());
  ledger.sqlite
    .prepare("insert into audit_log (at, operation, entity_type, entity_id, changes) values (?, 'members.create', 'member', 1, ?)")
    .run(at, JSON.stringify({ displayName: { from: null, to: name }, email: { from: null, to: email } }));
  ledger.sqlite
    .prepare("insert into audit_log (at, operation, entity_type, entity_id, changes) values (?, 'meetings.update', 'meeting', 3, ?)")
    .run(at, JSON.stringify({ speakers: { from: null, to: [`${name} (testimony)`, 'Another Speaker'] } }));
  await ledger.close();
}

function backupFiles(folder: string): string[] {
  return fs.readdirSync(folder).filter((file) => file.endsWith('.sqlite')).map((file) => path.join(folder, file));
}

describe('withdrawal erases the member from every backup', () => {
  let temp: TempBackend | undefined;
  afterEach(async () => {
    await temp?.cleanup();
    temp = undefined;
  });

  it('leaves no trace of the name or email in the bytes of any backup, older schemas included', async () => {
    const dataDir = makeTempDir();
    await writeOlderLedger(path.join(dataDir, 'ledger.sqlite'));
    temp = await startTempBackend({ dataDir });
    const { dispatch } = temp.backend;
    await callOk(dispatch, 'members.create', { member: memberDraft({ displayName: 'Another Worker' }) });
    await callOk(dispatch, 'backups.create', {});
    const folder = (await callOk(dispatch, 'backups.list', {})).folder;
    const files = backupFiles(folder);
    expect(files.map((file) => path.basename(file).split('-')[0]).sort()).toEqual(['before', 'manual', 'start']);
    for (const file of files) expect(rawText(file), file).toContain(asStoredBytes(name));

    const result = await callOk(dispatch, 'members.withdraw', { id: 1, confirmErasure: true });
    expect(result.backups).toEqual({ scrubbed: 3, alreadyClear: 0, failed: [], unreachableFolders: [], locked: [], setAside: [], serverBackups: false, serverDumpsDeleted: 0 });

    expect(backupFiles(folder)).toEqual(files);
    expect(fs.readdirSync(folder).filter((file) => !file.endsWith('.sqlite'))).toEqual([]);
    for (const file of files) {
      expect(tracesIn(file, erased), path.basename(file)).toEqual([]);
      expect(problemWithSqliteFile(file)).toBeNull();
    }
    // The pre-migration backup stays at its own schema (the way back to the older app), and keeps its other data.
    const older = files.find((file) => path.basename(file).startsWith('before-migration'))!;
    expect(migrationNamesIn(older)).toEqual(Object.keys(olderMigrations).sort());
    const sqlite = new BetterSqlite3(older, { readonly: true });
    try {
      expect(sqlite.prepare('select display_name, email, notes, category from members').all()).toEqual([
        { display_name: 'Withdrawn member 1', email: null, notes: null, category: 'current_migrant_worker' },
      ]);
      expect(sqlite.prepare('select count(*) from member_languages').pluck().get()).toBe(0);
      const audit = sqlite.prepare('select changes from audit_log').pluck().all() as string[];
      expect(audit.map((changes) => JSON.parse(changes) as unknown)).toEqual([
        { displayName: { from: '[erased]', to: '[erased]' }, email: { from: '[erased]', to: '[erased]' } },
        { speakers: { from: null, to: ['[erased] (testimony)', 'Another Speaker'] } },
      ]);
    } finally {
      sqlite.close();
    }
  });

  it('restoring the scrubbed older backup migrates it and completes the withdrawal', async () => {
    const dataDir = makeTempDir();
    await writeOlderLedger(path.join(dataDir, 'ledger.sqlite'));
    temp = await startTempBackend({ dataDir });
    const { dispatch } = temp.backend;
    await callOk(dispatch, 'members.withdraw', { id: 1, confirmErasure: true });
    const older = (await callOk(dispatch, 'backups.list', {})).backups.find((backup) => backup.reason === 'before-migration')!;
    await callOk(dispatch, 'ledger.restoreBackup', { name: older.name });
    const member = await ok<Record<string, unknown>>(dispatch, 'members.get', { id: 1 });
    expect(member).toMatchObject({ displayName: 'Withdrawn member 1', mayContact: false, leftOn: expect.any(String) });
    expect(member.withdrawnAt).toEqual(expect.any(String));
  });

  it('reports a backup it cannot scrub, leaves it byte for byte as it was, and scrubs the others', async () => {
    temp = await startTempBackend();
    const { dispatch } = temp.backend;
    const member = await ok<{ id: number }>(dispatch, 'members.create', { member: memberDraft({ displayName: name, email }) });
    const good = await callOk(dispatch, 'backups.create', {});
    const damaged = await callOk(dispatch, 'backups.create', {});
    const damagedFile = path.join(damaged.folder, damaged.name);
    const bytes = fs.readFileSync(damagedFile);
    fs.writeFileSync(damagedFile, bytes.subarray(0, 3000));
    const damagedBytes = fs.readFileSync(damagedFile);

    const result = await callOk(dispatch, 'members.withdraw', { id: member.id, confirmErasure: true });
    expect(result.backups?.scrubbed).toBe(1);
    expect(result.backups?.failed.map((failure) => failure.name)).toEqual([damaged.name]);
    expect(result.backups?.failed[0]?.problem).toEqual(expect.any(String));
    expect(fs.readFileSync(damagedFile).equals(damagedBytes)).toBe(true);
    expect(tracesIn(path.join(good.folder, good.name), erased)).toEqual([]);
    expect(fs.readdirSync(good.folder).sort()).toEqual([damaged.name, good.name].sort());

    // The next start tries again, and Settings keeps saying so while the backup holds the member.
    await temp.stop();
    temp = await startTempBackend({ dataDir: temp.dataDir });
    expect(fs.readFileSync(damagedFile).equals(damagedBytes)).toBe(true);
    const listed = await callOk(temp.backend.dispatch, 'backups.list', {});
    expect(listed.withdrawalProblem).toContain(damaged.name);
    expect(temp.errors.map(String).join('\n')).toContain(damaged.name);
  });

  it('scrubs at the next start a backup that escaped the scrub (a drive unplugged at the time), and the ledger with what it knew', async () => {
    temp = await startTempBackend();
    const { dispatch } = temp.backend;
    const member = await ok<{ id: number }>(dispatch, 'members.create', { member: memberDraft({ displayName: name, email }) });
    const backup = await callOk(dispatch, 'backups.create', {});
    const file = path.join(backup.folder, backup.name);
    const unscrubbed = fs.readFileSync(file);
    await callOk(dispatch, 'members.withdraw', { id: member.id, confirmErasure: true });
    await temp.stop();
    fs.writeFileSync(file, unscrubbed);
    expect(tracesIn(file, erased)).not.toEqual([]);
    // And a copy a crash left half-scrubbed: it holds the details and is not a backup.
    fs.writeFileSync(`${file}.scrubbing`, unscrubbed);
    // What an earlier version of the app left in the ledger: a text it did not scrub, the name in capitals.
    // Only the escaped backup still knows the name, and the start-up scrub finds it there too.
    const ledger = new BetterSqlite3(temp.backend.ledgerPath);
    ledger.prepare("insert into quarterly_narratives (quarter_key, highlights, updated_at) values ('2026-Q1', ?, '2026-04-01')").run(`${name.toUpperCase()} led the session`);
    ledger.close();

    temp = await startTempBackend({ dataDir: temp.dataDir });
    expect(tracesIn(file, erased)).toEqual([]);
    expect(fs.existsSync(`${file}.scrubbing`)).toBe(false);
    expect(temp.errors).toEqual([]);
    await temp.stop();
    expect(tracesIn(temp.backend.ledgerPath, [name, name.toUpperCase(), email])).toEqual([]);
  });

  it('says when the chosen backup folder cannot be reached', async () => {
    temp = await startTempBackend();
    const { dispatch } = temp.backend;
    const external = makeTempDir('secretariat-usb-');
    await callOk(dispatch, 'backups.setPassphrase', { passphrase: 'correct horse battery', confirmation: 'correct horse battery' });
    await callOk(dispatch, 'backups.setFolder', { folder: external });
    fs.rmSync(external, { recursive: true, force: true });
    const member = await ok<{ id: number }>(dispatch, 'members.create', { member: memberDraft({ displayName: name }) });
    const result = await callOk(dispatch, 'members.withdraw', { id: member.id, confirmErasure: true });
    expect(result.backups).toMatchObject({ unreachableFolders: [external], failed: [] });
  });
});
