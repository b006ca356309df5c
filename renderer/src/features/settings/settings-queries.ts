import type { OperationInput } from '../../../../shared/contract';
import { operationQuery } from '../../api/operation-query';
import { useOperationMutation } from '../../api/use-operation-mutation';

export const settingsQueries = {
  status: () => operationQuery('ledger.status', {}),
  recovery: () => operationQuery('ledger.recovery', {}),
  backups: () => operationQuery('backups.list', {}),
  audit: (input: OperationInput<'audit.list'>) => operationQuery('audit.list', input),
};

export const useBackUpNow = () => useOperationMutation('backups.create', { changes: ['backups'] });
export const useSetBackupFolder = () => useOperationMutation('backups.setFolder', { changes: ['backups'] });
/** A restore replaces the whole ledger: every read is stale afterwards. */
export const useRestoreBackup = () =>
  useOperationMutation('ledger.restoreBackup', {
    changes: ['ledger', 'backups', 'members', 'meetings', 'minutes', 'votes', 'recommendations', 'organisations', 'workingGroups', 'consent', 'interpretation', 'reports', 'notices'],
  });
/** In recovery mode the page reloads the whole app after a restore, so nothing is refetched meanwhile. */
export const useRestoreInRecovery = () => useOperationMutation('ledger.restoreBackup', { changes: [] });
export const useLoadDemo = () =>
  useOperationMutation('ledger.loadDemo', {
    changes: ['ledger', 'members', 'meetings', 'minutes', 'votes', 'recommendations', 'organisations', 'workingGroups', 'consent', 'interpretation', 'reports', 'notices'],
  });
export const useSaveUiLanguage = () => useOperationMutation('preferences.set', { changes: ['preferences'] });
/** Setting or entering the passphrase may encrypt plain backups and erase withdrawn members from them. */
export const useSetBackupPassphrase = () => useOperationMutation('backups.setPassphrase', { changes: ['backups'] });
export const useUnlockBackups = () => useOperationMutation('backups.unlock', { changes: ['backups'] });
