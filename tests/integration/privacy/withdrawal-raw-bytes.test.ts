import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDemoNetwork } from '../../../electron/demo/load-demo-network';
import { registeredColumns, scannedRoles } from '../../../electron/ledger/erasure/erasure-registry';
import { openLedger } from '../../../electron/ledger/ledger';
import type { Dispatch } from '../../../electron/handlers/dispatch';
import { callOk } from '../../support/call-operation';
import { decryptBackupBytes, looksEncrypted } from '../../support/decrypt-backup';
import { backUpToDrive, makeDrive, testKdfCost as kdfCost } from '../../support/encrypted-drive';
import { filesUnder, valuesIn, writtenForms } from '../../support/name-variants';
import { plantInEveryTypedColumn } from '../../support/plant-text';
import { startTempBackend, type TempBackend } from '../../support/temp-backend';
import { makeTempDir } from '../../support/temp-ledger';
import { daysFromToday, markPresent, seedMeeting } from '../../support/seed';
import { memberDraft, ok } from '../registry/registry-fixtures';

const passphrase = 'the orchard gate is green';
const workers = [
  { displayName: 'Núñez Inés', formerName: 'Nunez Ines Q.', email: 'ines.nunez@example.org', phone: '+1 604 555 0177' },
  { displayName: 'Đặng Thị Lan', formerName: 'Dang Thi-Lan', email: 'lan.dang@example.org', phone: '+1 250 555 0123' },
];
/** What an attacker would grep for: every written form of every name each worker had, their email and phone. */
const searched = workers.flatMap((worker) => [...writtenForms(worker.displayName), ...writtenForms(worker.formerName), worker.email, worker.phone]);
/** What the fixture plants in every typed column, in turn. */
const planted = workers.flatMap((worker) => [
  worker.displayName,
  worker.displayName.normalize('NFD'),
  worker.displayName.toUpperCase(),
  worker.displayName.toLowerCase().normalize('NFD'),
  worker.formerName,
  worker.email,
  worker.phone,
]);

/** Every file of the data folder and the backup drive holding a value, encrypted backups read through as well. */
function traces(folders: string[]): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const file of filesUnder(...folders)) {
    const inRaw = valuesIn(fs.readFileSync(file), searched);
    const inPlain = looksEncrypted(file) ? valuesIn(decryptBackupBytes(file, passphrase), searched) : [];
    const all = [...new Set([...inRaw, ...inPlain])];
    if (all.length > 0) found[path.relative(path.dirname(folders[0] as string), file)] = all;
  }
  return found;
}

/**
 * A motion from the floor the two workers moved and seconded, then voided: the only kind of vote whose
 * row holds a motion's title, its words and a reason for voiding, so those columns can be planted.
 */
async function recordVoidedFloorMotion(dispatch: Dispatch, workerIds: readonly number[]): Promise<void> {
  const [mover, seconder] = workerIds as [number, number];
  const { meeting } = await seedMeeting(dispatch, { title: 'Spring plenary', heldOn: daysFromToday(-3) });
  await markPresent(dispatch, meeting.id, workerIds);
  const { vote } = await callOk(dispatch, 'votes.record', {
    vote: {
      meetingId: meeting.id,
      motion: { kind: 'floor', title: 'Thanks', text: 'The Network thanks the interpreters.' },
      moverMemberId: mover,
      seconderMemberId: seconder,
      method: 'show_of_hands',
      rule: 'simple_majority',
      tally: { for: 2, against: 0, abstain: 0, block: 0 },
    },
  });
  await callOk(dispatch, 'votes.void', { voteId: vote.id, reason: 'Recorded at the wrong meeting' });
}

/** A demo network, the two workers (renamed once, a consent note naming them, a voided floor motion they moved), every typed column naming them. */
async function writeLedgerNamingWorkers(dataDir: string): Promise<number[]> {
  const ledgerPath = path.join(dataDir, 'ledger.sqlite');
  const ledger = await openLedger({ path: ledgerPath, actor: null });
  await loadDemoNetwork(ledger, { memberCount: 40, seed: 11 });
  await ledger.close();
  const temp = await startTempBackend({ dataDir, kdfCost });
  const ids: number[] = [];
  for (const worker of workers) {
    const member = await ok<{ id: number } & Record<string, unknown>>(temp.backend.dispatch, 'members.create', {
      member: memberDraft({ displayName: worker.formerName, email: worker.email, phone: worker.phone, notes: `Prefers calls after 6, ask for ${worker.formerName}` }),
    });
    await ok(temp.backend.dispatch, 'members.update', {
      id: member.id,
      member: memberDraft({ displayName: worker.displayName, email: worker.email, phone: worker.phone, notes: 'Prefers calls after 6' }),
    });
    await ok(temp.backend.dispatch, 'consent.record', {
      memberId: member.id,
      consent: { mayContact: true, mayBeNamed: false, testimonyMayBeRecorded: true, mayAppearInPhotos: false, givenOn: '2026-01-10', method: 'through_interpreter', note: `Interpreted for ${worker.displayName}` },
    });
    ids.push(member.id);
  }
  await recordVoidedFloorMotion(temp.backend.dispatch, ids);
  await temp.stop();
  const columns = plantInEveryTypedColumn(ledgerPath, (index) => planted[index % planted.length] as string);
  const expected = registeredColumns().filter(({ role }) => scannedRoles.has(role)).map(({ table, column }) => `${table}.${column}`);
  expect(columns.sort()).toEqual(expected.sort());
  return ids;
}

/** Audit diffs of other records holding the names in other cases and forms, as the meetings area might write them. */
function plantInAuditDiffs(dataDir: string): void {
  const sqlite = new BetterSqlite3(path.join(dataDir, 'ledger.sqlite'));
  const insert = sqlite.prepare("insert into audit_log (at, operation, entity_type, entity_id, changes) values ('2026-02-01T00:00:00.000Z', 'meetings.update', 'meeting', 1, ?)");
  for (const value of ['núñez inés', 'ĐẶNG THỊ LAN', 'Nu\u0301n\u0303ez Ine\u0301s', 'DANG THI-LAN']) insert.run(JSON.stringify({ speakers: { from: null, to: [`${value} (testimony)`] } }));
  sqlite.close();
}

describe('after a withdrawal, no file the app keeps holds the member, by raw bytes', () => {
  let temp: TempBackend | undefined;
  afterEach(async () => {
    await temp?.cleanup();
    temp = undefined;
  });

  it('in the ledger, its WAL, plain and encrypted backups, a set-aside ledger and the register', async () => {
    const dataDir = makeTempDir();
    const drive = makeDrive();
    const ids = await writeLedgerNamingWorkers(dataDir);
    plantInAuditDiffs(dataDir);
    // A ledger set aside after it could not be opened holds everything too.
    fs.copyFileSync(path.join(dataDir, 'ledger.sqlite'), path.join(dataDir, 'ledger.sqlite.damaged-2026-02-02T10-00-00-000Z'));

    temp = await startTempBackend({ dataDir, kdfCost });
    const { dispatch } = temp.backend;
    await backUpToDrive(dispatch, drive, passphrase);
    const encrypted = await callOk(dispatch, 'backups.create', {});
    expect(encrypted.encrypted).toBe(true);
    // The test can fail: before the withdrawal every kind of file holds the names.
    const before = traces([dataDir, drive]);
    expect(Object.keys(before)).toEqual(expect.arrayContaining([
      expect.stringMatching(/\/ledger\.sqlite$/), expect.stringMatching(/\/backups\/start-/),
      expect.stringMatching(/\/ledger\.sqlite\.damaged-/), expect.stringMatching(/\.sqlite\.enc$/),
    ]));
    expect(valuesIn(fs.readFileSync(path.join(drive, encrypted.name)), searched)).toEqual([]);

    for (const id of ids) {
      const result = await callOk(dispatch, 'members.withdraw', { id, confirmErasure: true });
      expect(result.fileCompacted).toBe(true);
      expect(result.backups).toMatchObject({ failed: [], locked: [], unreachableFolders: [] });
    }
    // While the app still runs, its write-ahead log holds nothing either (checkpointed and truncated).
    const wal = path.join(dataDir, 'ledger.sqlite-wal');
    expect(fs.existsSync(wal) ? valuesIn(fs.readFileSync(wal), searched) : []).toEqual([]);
    await temp.stop();
    expect(traces([dataDir, drive])).toEqual({});
  }, 120_000);
});
