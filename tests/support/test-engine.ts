import crypto from 'node:crypto';
import pg from 'pg';
import type { LedgerEngine } from '../../electron/ledger/engine/engine-of';

/**
 * Which engine this test run puts ledgers on: SQLite unless LEDGER_ENGINE=postgres, which
 * scripts/with-postgres.mjs sets together with the throwaway cluster's address.
 */
export function testEngine(): LedgerEngine {
  return process.env.LEDGER_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
}

/** The throwaway cluster's address (its maintenance database), from scripts/with-postgres.mjs. */
export function testClusterUrl(): string {
  const url = process.env.SECRETARIAT_TEST_PG_URL;
  if (!url) throw new Error('LEDGER_ENGINE=postgres needs SECRETARIAT_TEST_PG_URL: run the tests through scripts/with-postgres.mjs');
  return url;
}

export function urlForDatabase(clusterUrl: string, database: string, role?: { name: string; password: string }): string {
  const url = new URL(clusterUrl);
  url.pathname = `/${database}`;
  if (role) {
    url.username = role.name;
    url.password = role.password;
  }
  return url.toString();
}

/** Runs statements on the cluster's maintenance database as its superuser. */
export async function onCluster<T>(work: (client: pg.Client) => Promise<T>, database = 'postgres'): Promise<T> {
  const client = new pg.Client({ connectionString: urlForDatabase(testClusterUrl(), database) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A new, empty UTF-8 database on the throwaway cluster, dropped (connections and all) by drop(). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `ledger_${process.pid}_${crypto.randomBytes(6).toString('hex')}`;
  await onCluster((client) => client.query(`create database "${name}" template template0 encoding 'UTF8' locale 'C.UTF-8'`));
  return {
    name,
    url: urlForDatabase(testClusterUrl(), name),
    drop: () => onCluster((client) => client.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
  };
}

/**
 * For `it.skipIf(onPostgres)`: tests of the SQLite file itself (its bytes, pragmas, backups of it,
 * ledgers of older migrations written as files) have no PostgreSQL counterpart.
 */
export const onPostgres = testEngine() === 'postgres';

export interface CoordinatorRole {
  name: string;
  password: string;
  url: string;
}

/**
 * The set-up the README asks of a server's administrator: the database owned by a role of its own,
 * and each coordinator a login role in it. Role names carry the database's suffix (roles are shared
 * by the whole cluster).
 */
export async function coordinatorRoles(database: TestDatabase, names: readonly string[]): Promise<CoordinatorRole[]> {
  const suffix = database.name.slice(-6);
  const owner = `ledger_owner_${suffix}`;
  const roles = names.map((name) => ({ name: `${name}_${suffix}`, password: `pw-${name}-${suffix}` }));
  await onCluster(async (client) => {
    await client.query(`create role "${owner}" nologin`);
    await client.query(`alter database "${database.name}" owner to "${owner}"`);
    for (const role of roles) await client.query(`create role "${role.name}" login password '${role.password}' in role "${owner}"`);
  });
  return roles.map((role) => ({ ...role, url: urlForDatabase(testClusterUrl(), database.name, role) }));
}
