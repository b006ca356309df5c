import fc from 'fast-check';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../../electron/ledger/ledger';
import { createDispatcher } from '../../../electron/handlers/dispatch';
import { foldForSearch } from '../../../electron/ledger/search/fold-text';
import { erasureRegistry, postgresOnlyColumns } from '../../../electron/ledger/erasure/erasure-registry';
import { nameSortKey } from '../../../electron/ledger/search/name-sort-key';
import { callOk } from '../../support/call-operation';
import { memberDraft } from '../../support/member-drafts';
import { writtenForms } from '../../support/name-variants';
import { coordinatorRoles, createTestDatabase, onCluster, onPostgres, urlForDatabase, testClusterUrl, type TestDatabase } from '../../support/test-engine';

// The PostgreSQL engine's own promises; the rest of the integration suite runs on it unchanged.

const opened: Ledger[] = [];
const databases: TestDatabase[] = [];
afterEach(async () => {
  for (const ledger of opened.splice(0)) await ledger.close();
  for (const database of databases.splice(0)) await database.drop();
});

async function freshDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  databases.push(database);
  return database;
}

async function open(databaseUrl: string): Promise<Ledger> {
  const ledger = await openLedger({ path: '/nowhere/ledger.sqlite', databaseUrl });
  opened.push(ledger);
  return ledger;
}

const names = [
  'María José Núñez', 'ĐẶNG THỊ LAN', 'Łukasz Øster', 'Straße', 'Æsa Œuvre', 'Σοφία ΣΟΦΙΑΣ', 'Ёлка Йошкар',
  'Ἀθηνᾶ', 'ｆｕｌｌ ｗｉｄｔｈ', 'ﬁnance', '王小梅', 'ਗੁਰਪ੍ਰੀਤ', 'गुरप्रीत', 'İstanbul', 'Dž', '  spaced\t\nout  ', 'Pérez 0020', 'x\u00a0y',
];
const alphabet = [...'aZéÉñÑßøŁæŒıςΣσάΆёЁйЙ王小ਗੁ1209 \t\u00a0\u0301\u0308\u0327-\'’ﬁｆ'];

describe.runIf(onPostgres)('a ledger on PostgreSQL', () => {
  it('folds text in SQL exactly as the app folds it, for every written form of the names the tests use', async () => {
    const ledger = await open((await freshDatabase()).url);
    const samples = [...new Set(names.flatMap((name) => [name, ...writtenForms(name)]))];
    samples.push(...fc.sample(fc.array(fc.constantFrom(...alphabet), { maxLength: 14 }).map((letters) => letters.join('')), { numRuns: 300, seed: 17 }));
    const { rows } = await sql<{ input: string; folded: string; key: string }>`
      select input, fold_text(input) as folded, name_sort_key(input) as key from unnest(${samples}::text[]) as input`.execute(ledger.db);
    const mismatches = rows.filter((row) => row.folded !== foldForSearch(row.input) || row.key !== nameSortKey(row.input));
    expect(mismatches).toEqual([]);
  });

  it('records the role each coordinator signs in with, and the migrations run once for two at once', async () => {
    const database = await freshDatabase();
    const roles = await coordinatorRoles(database, ['coordinator_bc', 'coordinator_mb']);
    // Both start together on an empty database: one migrates, the other waits and finds nothing to do.
    const [first, second] = await Promise.all(roles.map((role) => open(role.url)));
    for (const [index, ledger] of [first, second].entries()) {
      const dispatch = createDispatcher({ ledger: ledger as Ledger, dataDir: '/nowhere' }, () => undefined);
      await callOk(dispatch, 'members.create', { member: memberDraft({ displayName: `Member ${index}`, alias: `Alias ${index}` }) });
    }
    const { rows } = await sql<{ actor: string }>`select actor from audit_log where operation = 'members.create' order by id`.execute((first as Ledger).db);
    expect(rows.map((row) => row.actor)).toEqual(roles.map((role) => role.name));
    const status = await callOk(createDispatcher({ ledger: second as Ledger, dataDir: '/nowhere' }, () => undefined), 'ledger.status', {});
    expect(status).toMatchObject({ engine: 'postgres', signedInAs: roles[1]?.name, memberCount: 2 });
    expect(status.ledgerPath).not.toContain('pw-');
  });

  it('declares every text column of the migrated PostgreSQL schema in the erasure registry', async () => {
    const ledger = await open((await freshDatabase()).url);
    const { rows } = await sql<{ table_name: string; column_name: string }>`
      select c.table_name, c.column_name from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' and c.table_name <> 'kysely_migration'
        and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb')`.execute(ledger.db);
    expect(rows.length).toBeGreaterThan(100);
    const unregistered = rows.filter((row) => erasureRegistry[row.table_name]?.columns[row.column_name] === undefined);
    expect(unregistered.map((row) => `${row.table_name}.${row.column_name}`)).toEqual([]);
    const present = new Set(rows.map((row) => `${row.table_name}.${row.column_name}`));
    expect([...postgresOnlyColumns].filter((column) => !present.has(column))).toEqual([]);
  });

  it('leaves a database holding another application’s tables alone', async () => {
    const database = await freshDatabase();
    await onCluster((client) => client.query('create table invoices (id integer primary key, customer text)'), database.name);
    await expect(open(database.url)).rejects.toMatchObject({ problem: 'not_a_ledger' });
    const tables = await onCluster((client) => client.query(`select table_name from information_schema.tables where table_schema = 'public'`), database.name);
    expect(tables.rows).toEqual([{ table_name: 'invoices' }]);
  });

  it('says plainly when the server refuses the sign-in, without printing the password', async () => {
    const database = await freshDatabase();
    const wrong = urlForDatabase(testClusterUrl(), database.name, { name: 'nobody_here', password: 'secret-word' });
    const failure = await open(wrong).catch((error: Error) => error);
    expect(failure).toMatchObject({ problem: 'unreadable' });
    expect((failure as Error).message).toContain('refused the sign-in');
    expect((failure as Error).message).not.toContain('secret-word');
  });
});
