import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { scrubAuditChanges } from '../withdrawal/scrub-audit-changes';
import { withdrawnLabel } from '../withdrawal/anonymise-member';
import type { RegisteredWithdrawal } from '../withdrawal/withdrawal-register';
import { problemWithSqliteFile } from './backup';

// A backup may come from any earlier version of the app, so this speaks plain SQL and only touches the
// tables and columns the file actually has. It erases the personal data and leaves the rest of the
// withdrawal (withdrawn_at, the consent entry) for the app to complete if the backup is ever restored:
// restoring applies the register again with the full anonymisation service.

const personalColumns = ['alias', 'email', 'phone', 'notes', 'organisation_id', 'preferred_language'] as const;

type Row = Record<string, unknown>;

function columnsOf(sqlite: BetterSqlite3.Database, table: string): Set<string> {
  const rows = sqlite.prepare('select name from pragma_table_info(?)').all(table) as { name: string }[];
  return new Set(rows.map((row) => row.name));
}

function hasTable(sqlite: BetterSqlite3.Database, table: string): boolean {
  return !!sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(table);
}

/** Whether the backup still holds the member's personal data: false once withdrawn or scrubbed. */
function stillHoldsMember(row: Row, entry: RegisteredWithdrawal, memberColumns: Set<string>): boolean {
  if (row.created_at !== entry.memberCreatedAt) return false;
  if (memberColumns.has('withdrawn_at') && row.withdrawn_at != null) return false;
  const scrubbed = row.display_name === withdrawnLabel(entry.withdrawalNumber)
    && personalColumns.every((column) => !memberColumns.has(column) || row[column] == null);
  return !scrubbed;
}

/** The registered withdrawals whose member this file still holds. */
export function withdrawalsHeldIn(file: string, entries: readonly RegisteredWithdrawal[], nativeBinding?: string): RegisteredWithdrawal[] {
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    if (!hasTable(sqlite, 'members')) return [];
    const memberColumns = columnsOf(sqlite, 'members');
    const find = sqlite.prepare('select * from members where id = ?');
    return entries.filter((entry) => {
      const row = find.get(entry.memberId) as Row | undefined;
      return !!row && stillHoldsMember(row, entry, memberColumns);
    });
  } finally {
    sqlite.close();
  }
}

function textValues(values: unknown[]): string[] {
  return [...new Set(values.filter((value): value is string => typeof value === 'string' && value.trim() !== ''))];
}

function eraseMember(sqlite: BetterSqlite3.Database, entry: RegisteredWithdrawal): void {
  const id = entry.memberId;
  const memberColumns = columnsOf(sqlite, 'members');
  const row = sqlite.prepare('select * from members where id = ?').get(id) as Row;
  const hasConsents = hasTable(sqlite, 'member_consents') && columnsOf(sqlite, 'member_consents').has('note');
  const consentNotes = hasConsents ? sqlite.prepare('select note from member_consents where member_id = ?').pluck().all(id) : [];
  const erased = textValues([row.display_name, row.alias, row.email, row.phone, row.notes, ...consentNotes]);

  const cleared = personalColumns.filter((column) => memberColumns.has(column));
  const assignments = ['display_name = ?', ...cleared.map((column) => `${column} = null`)].join(', ');
  sqlite.prepare(`update members set ${assignments} where id = ?`).run(withdrawnLabel(entry.withdrawalNumber), id);
  if (hasTable(sqlite, 'member_languages')) sqlite.prepare('delete from member_languages where member_id = ?').run(id);
  if (hasTable(sqlite, 'organisations') && columnsOf(sqlite, 'organisations').has('member_id')) {
    sqlite.prepare('update organisations set member_id = null where member_id = ?').run(id);
  }
  if (hasConsents) sqlite.prepare('update member_consents set note = null where member_id = ?').run(id);
  for (const index of ['member_search', 'member_search_grams']) {
    if (!hasTable(sqlite, index)) continue;
    sqlite.prepare(`delete from ${index} where rowid = ?`).run(id);
    sqlite.prepare(`insert into ${index}(${index}) values ('optimize')`).run();
  }
  if (hasTable(sqlite, 'audit_log')) scrubAuditRows(sqlite, id, erased);
}

/** The value as JSON.stringify writes it inside a string, so LIKE finds it in the stored JSON. */
function asStoredInJson(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

interface AuditRow {
  id: number;
  entity_type: string;
  entity_id: number | null;
  changes: string;
}

/** As scrubAuditLog does in the live ledger: LIKE finds candidates, scrubAuditChanges decides. */
function scrubAuditRows(sqlite: BetterSqlite3.Database, memberId: number, erased: readonly string[]): void {
  const candidates = new Map<number, AuditRow>();
  const aboutMember = sqlite.prepare("select id, entity_type, entity_id, changes from audit_log where entity_type = 'member' and entity_id = ?");
  const containing = sqlite.prepare('select id, entity_type, entity_id, changes from audit_log where changes like ?');
  for (const row of aboutMember.all(memberId) as AuditRow[]) candidates.set(row.id, row);
  for (const value of erased) {
    for (const row of containing.all(`%${asStoredInJson(value)}%`) as AuditRow[]) candidates.set(row.id, row);
  }
  const update = sqlite.prepare('update audit_log set changes = ? where id = ?');
  for (const row of candidates.values()) {
    let changes: Record<string, unknown>;
    try {
      changes = JSON.parse(row.changes) as Record<string, unknown>;
    } catch {
      continue;
    }
    const about = row.entity_type === 'member' && row.entity_id === memberId;
    const scrubbed = JSON.stringify(scrubAuditChanges(changes, erased, about));
    if (scrubbed !== row.changes) update.run(scrubbed, row.id);
  }
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Erases withdrawn members from one backup file without ever putting the backup at risk: the work
 * happens on a copy, which is vacuumed (so no erased bytes stay in free pages), checked, and only then
 * renamed over the backup. Returns how many members were erased from it.
 */
export const scrubbingSuffix = '.scrubbing';

export function scrubWithdrawalsFromBackup(file: string, entries: readonly RegisteredWithdrawal[], nativeBinding?: string): number {
  const pending = withdrawalsHeldIn(file, entries, nativeBinding);
  if (pending.length === 0) return 0;
  const working = `${file}${scrubbingSuffix}`;
  fs.rmSync(working, { force: true });
  try {
    fs.copyFileSync(file, working);
    const sqlite = new BetterSqlite3(working, { fileMustExist: true, nativeBinding });
    try {
      sqlite.pragma('journal_mode = DELETE');
      sqlite.transaction(() => pending.forEach((entry) => eraseMember(sqlite, entry)))();
      sqlite.exec('vacuum');
    } finally {
      sqlite.close();
    }
    const problem = problemWithSqliteFile(working, nativeBinding);
    if (problem) throw new Error(`the scrubbed copy failed its check (${problem}); the backup was left as it was`);
    if (withdrawalsHeldIn(working, pending, nativeBinding).length > 0) {
      throw new Error('the scrubbed copy still holds the member; the backup was left as it was');
    }
    fsyncFile(working);
    fs.renameSync(working, file);
    syncFolder(path.dirname(file));
    return pending.length;
  } finally {
    fs.rmSync(working, { force: true });
  }
}

function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = fs.openSync(folder, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some filesystems refuse to open folders; the rename still happened.
  }
}
