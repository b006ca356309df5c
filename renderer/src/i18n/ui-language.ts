import { call } from '../api/client';

export const uiLanguages = ['en', 'fr'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/** Before any choice is saved, the app follows the computer's language. */
export function systemUiLanguage(languages: readonly string[] = navigator.languages): UiLanguage {
  return languages[0]?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The language chosen in an earlier session, read from the data folder through the contract. */
export async function savedUiLanguage(): Promise<UiLanguage> {
  try {
    return (await call('preferences.get', {})).uiLanguage ?? systemUiLanguage();
  } catch {
    return systemUiLanguage();
  }
}
