import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { uiLanguageSchema } from '../../shared/contract/preferences';

/**
 * The coordinator's preferences live in a small file in the data folder: readable in recovery mode,
 * untouched by a restore, and kept across the web mode's ever-changing ports.
 */
const fileName = 'preferences.json';
const fileSchema = z.object({ uiLanguage: uiLanguageSchema.nullable().catch(null) });

export type Preferences = z.infer<typeof fileSchema>;

export function readPreferences(dataDir: string): Preferences {
  try {
    const parsed = fileSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, fileName), 'utf8')));
    return parsed.success ? parsed.data : { uiLanguage: null };
  } catch {
    return { uiLanguage: null };
  }
}

/** Written to a temporary name and renamed, so a crash leaves the old file or the new one. */
export function writePreferences(dataDir: string, preferences: Preferences): Preferences {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, fileName);
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, JSON.stringify(preferences, null, 2));
  fs.renameSync(partial, file);
  return preferences;
}
