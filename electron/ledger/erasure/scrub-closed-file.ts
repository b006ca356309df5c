import { sql } from 'kysely';
import type { SqlExecutor } from '../sqlite/erasure-sql';
import { problemWithSqliteFile } from '../sqlite/backup';
import { vacuumFile, withClosedFile } from '../sqlite/closed-file';
import type { RegisteredWithdrawal } from '../withdrawal/withdrawal-register';
import { changesIn, eraseMembers, type ErasureSubject } from './erase-member';
import type { IdentifyingValues } from './identifying-values';
import { withdrawnLabel } from './withdrawn-label';

/** One registered withdrawal to apply to a file, with the values known so far from the other files. */
export interface FileWithdrawal {
  entry: RegisteredWithdrawal;
  known: IdentifyingValues;
}

export function withdrawalKey(entry: RegisteredWithdrawal): string {
  return `${entry.memberId}@${entry.memberCreatedAt}`;
}

/** The member's id when this file holds their row (same id and creation time), else null: the id is someone else's. */
async function subjectIn(db: SqlExecutor, { entry, known }: FileWithdrawal): Promise<ErasureSubject> {
  const { rows } = await sql<{ created_at: string }>`select created_at from members where id = ${entry.memberId}`.execute(db);
  const holdsRow = rows[0]?.created_at === entry.memberCreatedAt;
  return { memberId: holdsRow ? entry.memberId : null, label: withdrawnLabel(entry.withdrawalNumber), known };
}

export async function subjectsIn(db: SqlExecutor, withdrawals: readonly FileWithdrawal[]): Promise<ErasureSubject[]> {
  const subjects: ErasureSubject[] = [];
  for (const withdrawal of withdrawals) subjects.push(await subjectIn(db, withdrawal));
  return subjects;
}

export interface FileInspection {
  /** For each withdrawal (by withdrawalKey), every value that identifies them, this file's and the known ones. */
  values: Map<string, IdentifyingValues>;
  /** How many rows, cells and audit entries erasing the withdrawals would change: 0 when the file is clear. */
  pending: number;
}

/** Reads a closed ledger file without writing it: what it would take to erase the withdrawals from it. */
export async function inspectClosedFile(file: string, withdrawals: readonly FileWithdrawal[], nativeBinding?: string): Promise<FileInspection> {
  return withClosedFile(file, { readonly: true, nativeBinding }, async (db) => {
    const outcome = await eraseMembers(db, await subjectsIn(db, withdrawals), 'check');
    const values = new Map(withdrawals.map((withdrawal, index) => [withdrawalKey(withdrawal.entry), outcome.values[index] as IdentifyingValues]));
    return { values, pending: changesIn(outcome) };
  });
}

/**
 * Erases the withdrawals from a working copy the caller made (never from the original), in one
 * transaction, then vacuums it and verifies it: a full integrity check, and nothing left to erase.
 * Throws, and the caller leaves the original untouched, when the copy fails either.
 */
export async function scrubWorkingCopy(working: string, withdrawals: readonly FileWithdrawal[], nativeBinding?: string): Promise<void> {
  await withClosedFile(working, { readonly: false, nativeBinding }, async (db) => {
    await db.transaction().execute(async (trx) => eraseMembers(trx, await subjectsIn(trx, withdrawals)));
    await vacuumFile(db);
  });
  const problem = problemWithSqliteFile(working, nativeBinding);
  if (problem) throw new Error(`the scrubbed copy failed its check (${problem}); the file was left as it was`);
  const left = await inspectClosedFile(working, withdrawals, nativeBinding);
  if (left.pending > 0) throw new Error('the scrubbed copy still holds a withdrawn member; the file was left as it was');
}
