import type { preferenceOperations } from '../../shared/contract/preferences';
import { readPreferences, writePreferences } from '../app/preferences-file';
import type { HandlersFor } from './handler-types';

export const preferenceHandlers: HandlersFor<typeof preferenceOperations> = {
  'preferences.get': async (_input, { dataDir }) => readPreferences(dataDir),
  'preferences.set': async ({ uiLanguage }, { dataDir }) =>
    writePreferences(dataDir, { ...readPreferences(dataDir), uiLanguage }),
};
