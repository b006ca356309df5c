import type { z } from 'zod';
import type { Executor } from '../database';

export interface AppSettingsTable {
  key: string;
  /** JSON of the setting's value. */
  value: string;
  updated_at: string;
}

/** Reads one setting, falling back to the default when it is unset or no longer valid. */
export async function readSetting<Schema extends z.ZodType>(
  db: Executor,
  key: string,
  schema: Schema,
  fallback: z.output<Schema>,
): Promise<z.output<Schema>> {
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', key).executeTakeFirst();
  if (!row) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

export async function writeSetting(db: Executor, key: string, value: unknown, at: string): Promise<void> {
  await db
    .insertInto('app_settings')
    .values({ key, value: JSON.stringify(value), updated_at: at })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: JSON.stringify(value), updated_at: at }))
    .execute();
}
