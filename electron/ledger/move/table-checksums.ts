import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { LedgerDb } from '../database';

/** One table's rows as a count and a SHA-256 over them, the same whichever engine holds them. */
export interface TableChecksum {
  rows: number;
  sha256: string;
}

/** A value as both engines return it for the ledger's types: integers and reals as numbers, text as text. */
function canonicalValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return value ?? null;
}

/** The rows in a fixed order (by their canonical text), the columns in the given order. */
export async function tableChecksum(db: LedgerDb, table: string, columns: readonly string[]): Promise<TableChecksum> {
  const { rows } = await sql<Record<string, unknown>>`select ${sql.join(columns.map((column) => sql.ref(column)))} from ${sql.table(table)}`.execute(db);
  const lines = rows.map((row) => JSON.stringify(columns.map((column) => canonicalValue(row[column])))).sort();
  const hash = crypto.createHash('sha256');
  for (const line of lines) hash.update(line).update('\n');
  return { rows: lines.length, sha256: hash.digest('hex') };
}
