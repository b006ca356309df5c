import { z } from 'zod';
import { command, query } from './define-operation';

export const uiLanguageSchema = z.enum(['en', 'fr']);
export type UiLanguagePreference = z.infer<typeof uiLanguageSchema>;

const preferencesSchema = z.object({
  /** Null until the coordinator chooses; the app then follows the computer's language. */
  uiLanguage: uiLanguageSchema.nullable(),
});

/**
 * The coordinator's own choices for the app, kept in the data folder beside the ledger (not in the
 * browser, whose storage the web mode loses at each start, nor in the ledger, which a restore replaces).
 */
export const preferenceOperations = {
  'preferences.get': query('The coordinator’s choices for the app, such as its language', z.strictObject({}), preferencesSchema),
  'preferences.set': command(
    'Keep the language the app is shown in for the next sessions',
    z.strictObject({ uiLanguage: uiLanguageSchema }),
    preferencesSchema,
  ),
} as const;
