import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { callOk } from '../../support/call-operation';
import { startTempBackend, type TempBackend } from '../../support/temp-backend';
import { truncateFile } from '../../support/corrupt-files';
import type { BackupInfo } from '../../../shared/domain/backups';

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** The ledger and any journal files beside it, by name and hash: what "byte-identical" compares. */
function ledgerFiles(dataDir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(dataDir)) if (name.startsWith('ledger.sqlite')) files[name] = sha256(path.join(dataDir, name));
  return files;
}

function foreignDatabase(file: string, setup: string, journal: 'delete' | 'wal' = 'delete'): void {
  fs.rmSync(file);
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma(`journal_mode = ${journal}`);
  sqlite.exec(setup);
  sqlite.close();
}

const replacements: Record<string, { put: (file: string) => void; problem: string; message: RegExp }> = {
  'a zero-byte file': { put: (file) => fs.writeFileSync(file, ''), problem: 'empty', message: /is empty \(0 bytes\), yet backups of it exist/ },
  'a truncated ledger': { put: (file) => truncateFile(file, 0.5), problem: 'corrupt', message: /damaged/ },
  'a ledger cut inside its header': { put: (file) => truncateFile(file, 10 / fs.statSync(file).size), problem: 'corrupt', message: /cut short \(10 bytes\)/ },
  "another application's SQLite file": {
    put: (file) => foreignDatabase(file, "create table invoices (id integer primary key, total real); insert into invoices (total) values (12.5);"),
    problem: 'not_a_ledger',
    message: /not a ledger of this app: it is another application's SQLite database \(tables: invoices\)/,
  },
  "another application's SQLite file in WAL mode": {
    put: (file) => foreignDatabase(file, 'create table photos (id integer primary key, path text);', 'wal'),
    problem: 'not_a_ledger',
    message: /tables: photos/,
  },
  "another application's file with its own members table": {
    put: (file) => foreignDatabase(file, "create table members (id integer primary key, name text); insert into members (name) values ('Club member');"),
    problem: 'not_a_ledger',
    message: /with a members table of its own/,
  },
  'a file stamped by another application': {
    put: (file) => foreignDatabase(file, 'pragma application_id = 1095911234; create table things (x);'),
    problem: 'not_a_ledger',
    message: /its application id is 0x/,
  },
};

describe('a file at the ledger path that is not a sound ledger of this app', () => {
  let temp: TempBackend | undefined;
  afterEach(async () => {
    await temp?.cleanup();
    temp = undefined;
  });

  /** A ledger with demo data and two backups (the newer one holds one more member), then the file replaced. */
  async function replacedLedger(put: (file: string) => void): Promise<{ newest: BackupInfo; dataDir: string; before: Record<string, string> }> {
    temp = await startTempBackend();
    const { dispatch } = temp.backend;
    await callOk(dispatch, 'ledger.loadDemo', {});
    await callOk(dispatch, 'backups.create', {});
    await callOk(dispatch, 'members.create', { member: { kind: 'individual', displayName: 'Only In The Newest Backup', alias: null, category: 'union', organisationName: null, languages: ['en'], preferredLanguage: 'en', email: null, phone: null, mayContact: true, mayBeNamed: true, joinedOn: '2026-01-05', leftOn: null, notes: null } });
    const newest = await callOk(dispatch, 'backups.create', {});
    await temp.stop();
    const dataDir = temp.dataDir;
    const ledgerPath = path.join(dataDir, 'ledger.sqlite');
    put(ledgerPath);
    return { newest, dataDir, before: ledgerFiles(dataDir) };
  }

  it.each(Object.entries(replacements))('%s is left byte-identical and recovery offers the newest good backup', async (_label, replacement) => {
    const { newest, dataDir, before } = await replacedLedger(replacement.put);
    const backupsBefore = fs.readdirSync(newest.folder).sort();
    temp = await startTempBackend({ dataDir });
    const { dispatch } = temp.backend;

    const recovery = await callOk(dispatch, 'ledger.recovery', {});
    expect(recovery).toMatchObject({ available: false, problem: replacement.problem });
    expect(recovery.message).toMatch(replacement.message);
    expect(recovery.backups[0]?.name).toBe(newest.name);
    expect(await dispatch('members.list', {})).toMatchObject({ ok: false, error: { code: 'ledger_unavailable' } });
    // Not a byte written: no journal files left beside it, and no start backup of it either.
    expect(ledgerFiles(dataDir)).toEqual(before);
    expect(fs.readdirSync(newest.folder).sort()).toEqual(backupsBefore);

    const outcome = await callOk(dispatch, 'ledger.restoreBackup', { name: newest.name });
    expect(sha256(outcome.setAsideAs!)).toBe(before['ledger.sqlite']);
    expect(await callOk(dispatch, 'ledger.status', {})).toMatchObject({ memberCount: 151 });
  });

  it('a zero-byte ledger with no backup anywhere becomes a new ledger, as on a first start', async () => {
    temp = await startTempBackend();
    await temp.stop();
    const dataDir = temp.dataDir;
    fs.rmSync(path.join(dataDir, 'backups'), { recursive: true, force: true });
    fs.writeFileSync(path.join(dataDir, 'ledger.sqlite'), '');
    temp = await startTempBackend({ dataDir });
    expect(await callOk(temp.backend.dispatch, 'ledger.status', {})).toMatchObject({ memberCount: 0 });
  });
});
