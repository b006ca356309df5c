import type { BackupInfo } from '../../shared/domain/backups';
import type { BackupStore } from '../ledger/backups/backup-store';
import type { LedgerOpenError } from '../ledger/ledger-open-error';
import type { BackupsToScrub } from '../ledger/withdrawal/withdraw-everywhere';
import type { BackupPassphraseActions } from './backup-passphrase-actions';

export interface RestoreOutcome {
  restored: BackupInfo;
  keptAs: BackupInfo | null;
  setAsideAs: string | null;
}

/** What the backup, restore and recovery handlers need from the backend that holds the ledger. */
export interface LedgerSafety extends BackupsToScrub {
  readonly backups: BackupStore;
  readonly ledgerPath: string;
  /** Why the ledger could not be opened; null while it is open. */
  readonly openProblem: LedgerOpenError | null;
  readonly storageWarning: string | null;
  readonly backupIntervalMinutes: number;
  readonly lastBackupError: string | null;
  /** Why a withdrawal could not be applied to the ledger or erased from a backup; null when all is done. */
  readonly lastWithdrawalError: string | null;
  /** Setting and entering the backup passphrase (encrypted backups). */
  readonly passphrase: BackupPassphraseActions;
  backupNow(): Promise<BackupInfo>;
  /** Must run with no other operation in flight: the backend's dispatcher guarantees it. */
  restore(name: string, passphrase?: string): Promise<RestoreOutcome>;
}
