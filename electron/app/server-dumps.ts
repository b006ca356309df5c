import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupReason, BackupScrubReport } from '../../shared/domain/backups';
import { backupReasons } from '../../shared/domain/backups';
import { timestampForFileName } from '../ledger/sqlite/backup';
import { dumpLedgerDatabase, findPgDump } from '../ledger/postgres/pg-dump';

// The copies of a PostgreSQL ledger this app takes with pg_dump, kept in the data folder's own backup
// folder (never synced or removable: the ledger's folder on this computer). A dump cannot be edited,
// so a withdrawal deletes every dump taken before it and takes a new one: no copy this app made keeps
// the member. The server's own backups are its administrator's, and the withdrawal says so.

const dumpName = new RegExp(`^(${backupReasons.join('|')})-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z\\.pgdump$`);

export function listServerDumps(folder: string): BackupInfo[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .flatMap((name) => {
      const match = dumpName.exec(name);
      if (!match) return [];
      const [, reason, day, hours, minutes, seconds, millis] = match;
      return [{
        name,
        reason: reason as BackupReason,
        takenAt: `${day}T${hours}:${minutes}:${seconds}.${millis}Z`,
        sizeBytes: fs.statSync(path.join(folder, name)).size,
        folder,
        encrypted: false,
      }];
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

export async function takeServerDump(databaseUrl: string, folder: string, reason: BackupReason, now: Date): Promise<BackupInfo> {
  const pgDump = findPgDump();
  if (!pgDump) throw new Error('pg_dump is not installed on this computer');
  const name = `${reason}-${timestampForFileName(now)}.pgdump`;
  await dumpLedgerDatabase(pgDump, databaseUrl, path.join(folder, name));
  return listServerDumps(folder).find((dump) => dump.name === name) as BackupInfo;
}

/** After a withdrawal: the dumps that held the member are deleted and a new one is taken (when pg_dump is here). */
export async function replaceDumpsAfterWithdrawal(databaseUrl: string, folder: string, now: Date): Promise<BackupScrubReport> {
  const failed: BackupScrubReport['failed'] = [];
  let replaced = 0;
  for (const dump of listServerDumps(folder)) {
    try {
      fs.rmSync(path.join(folder, dump.name));
      replaced += 1;
    } catch (error) {
      failed.push({ name: dump.name, problem: `this copy of the server ledger could not be deleted (${(error as Error).message})` });
    }
  }
  if (findPgDump()) {
    await takeServerDump(databaseUrl, folder, 'manual', now).catch((error: Error) => failed.push({ name: 'new copy', problem: error.message }));
  }
  return { scrubbed: replaced, alreadyClear: 0, failed, unreachableFolders: [], locked: [], setAside: [], serverBackups: true };
}
