import type { ImportValueField } from '../../../shared/contract/imports';
import type { Executor } from '../database';

export interface ImportValueMappingsTable {
  field: ImportValueField;
  /** The value as valueKey folds it. */
  folded_value: string;
  code: string;
  updated_at: string;
}

export type RememberedValues = Record<ImportValueField, ReadonlyMap<string, string>>;

/** What earlier imports confirmed each value means. Codes are checked by the caller: the app may drop one. */
export async function readRememberedValues(db: Executor): Promise<RememberedValues> {
  // Oldest first, so where two rows name one wording the later choice is the one kept.
  const rows = await db.selectFrom('import_value_mappings').select(['field', 'folded_value', 'code']).orderBy('updated_at').execute();
  const remembered = { category: new Map<string, string>(), language: new Map<string, string>() };
  for (const row of rows) remembered[row.field]?.set(row.folded_value, row.code);
  return remembered;
}

/** Keeps the coordinator's confirmed meanings for the next import; a new choice replaces an old one. */
export async function rememberValues(
  db: Executor,
  field: ImportValueField,
  mappings: readonly { key: string; code: string }[],
  at: string,
): Promise<void> {
  if (mappings.length === 0) return;
  await db
    .insertInto('import_value_mappings')
    .values(mappings.map(({ key, code }) => ({ field, folded_value: key, code, updated_at: at })))
    .onConflict((conflict) =>
      conflict.columns(['field', 'folded_value']).doUpdateSet((eb) => ({
        code: eb.ref('excluded.code'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}
