import type { Executor } from '../../database';

/** Every alias a member holds, withdrawn or not: a proposal must differ from all of them. */
export async function listAliasesInUse(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('members').select('alias').where('alias', 'is not', null).execute();
  return rows.map((row) => row.alias as string);
}
