import { Kysely, sql, type Expression, type Migration } from 'kysely';
import type { Database, LedgerDb } from '../database';
import { applyMigrations, planMigrations } from '../migrate-ledger';
import { LedgerOpenError } from '../ledger-open-error';
import { createLedgerPool, displayedDatabaseUrl } from './pg-pool';
import { ledgerPostgresDialect } from './pg-dialect';
import { NulFreeTextPlugin } from './nul-free-text';
import { migrationTableExists, tableNames, whileMigrationLocked } from './migration-support';

/** The server's own words for why it could not be reached, in the coordinator's terms. */
function connectionProblem(error: unknown, shown: string): LedgerOpenError {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message ?? String(error);
  const why =
    code === '28P01' || code === '28000'
      ? 'the server refused the sign-in (check the role name and password)'
      : code === '3D000'
        ? 'the database does not exist on that server (the administrator creates it)'
        : code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT'
          ? 'the server cannot be reached (is it running, and is the address right?)'
          : message;
  return new LedgerOpenError('unreadable', `The ledger database ${shown} could not be opened: ${why}.`, shown);
}

/**
 * Opens a ledger on a PostgreSQL server: checks it is this app's ledger (or an empty database it may
 * fill), and applies pending migrations under a lock, so two coordinators starting at once do not both
 * migrate. The role in the address is who the audit log records (current_user, on the server).
 */
export async function openPostgresDatabase(
  url: string,
  known: Record<string, Migration>,
  actor: string | null | undefined,
): Promise<{ db: LedgerDb; engine: 'postgres'; sqlite: null; shownPath: string; actor: string | null | Expression<string> }> {
  const shown = displayedDatabaseUrl(url);
  const db = new Kysely<Database>({ dialect: ledgerPostgresDialect(createLedgerPool(url)), plugins: [new NulFreeTextPlugin()] });
  try {
    const untyped = db as unknown as Kysely<unknown>;
    try {
      await sql`select 1`.execute(db);
    } catch (error) {
      throw connectionProblem(error, shown);
    }
    if (!(await migrationTableExists(db)) && (await tableNames(db)).length > 0) {
      throw new LedgerOpenError(
        'not_a_ledger',
        `The database ${shown} holds tables of another application; the ledger needs a database of its own. Nothing was changed.`,
        shown,
      );
    }
    await whileMigrationLocked(untyped, async (locked) => {
      const plan = await planMigrations(locked, known, shown);
      await applyMigrations(locked, known, plan, shown);
    });
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, engine: 'postgres', sqlite: null, shownPath: shown, actor: actor === undefined ? sql<string>`current_user` : actor };
}
