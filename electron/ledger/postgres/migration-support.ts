import { sql, type Kysely, type QueryExecutorProvider } from 'kysely';

// PostgreSQL's side of migrate-ledger.ts. Its schema changes are transactional and keep foreign keys
// enforced throughout, so there is nothing to switch off; two coordinators opening the app at once
// must not both migrate, so the run holds an advisory lock.

/** Any number the app alone uses: pg_advisory_lock's key for "the ledger is being migrated". */
const migrationLockKey = 1314080067;

export async function migrationTableExists(db: QueryExecutorProvider): Promise<boolean> {
  const { rows } = await sql<{ found: string | null }>`select to_regclass('kysely_migration')::text as found`.execute(db);
  return rows[0]?.found != null;
}

/** Tables in the ledger's schema: a database holding tables but no migration record is not a ledger. */
export async function tableNames(db: QueryExecutorProvider): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
  return rows.map((row) => row.name);
}

/** Runs `work` on one connection holding the migration lock; others wait for it, then find nothing to do. */
export async function whileMigrationLocked<T>(db: Kysely<unknown>, work: (locked: Kysely<unknown>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${migrationLockKey})`.execute(connection);
    try {
      return await work(connection);
    } finally {
      await sql`select pg_advisory_unlock(${migrationLockKey})`.execute(connection);
    }
  });
}

/**
 * Schema changes are made as the database's owner when this coordinator's role is a member of it (the
 * set-up README describes: one owner role, each coordinator's role in it), so every table belongs to
 * the owner and every coordinator can use it, whoever happened to start the app first. The role
 * switch lasts for the migration's transaction only.
 */
export async function actAsLedgerOwner(trx: QueryExecutorProvider): Promise<void> {
  const { rows } = await sql<{ owner: string; member: boolean; same: boolean }>`
    select pg_get_userbyid(d.datdba) as owner,
           pg_has_role(current_user, d.datdba, 'MEMBER') as member,
           pg_get_userbyid(d.datdba) = current_user as same
    from pg_database d where d.datname = current_database()`.execute(trx);
  const database = rows[0];
  if (!database || database.same || !database.member) return;
  await sql`set local role ${sql.id(database.owner)}`.execute(trx);
}
