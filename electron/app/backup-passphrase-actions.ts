import type { BackupScrubReport } from '../../shared/domain/backups';
import type { BackupStore } from '../ledger/backups/backup-store';
import { encryptPlainBackupsInChosenFolder, type PlainBackupsEncrypted } from '../ledger/backups/encrypt-plain-backups';

export interface PassphraseOutcome {
  plainBackups: PlainBackupsEncrypted;
  /** The withdrawal scrub that could now reach encrypted backups; null when it could not run at all. */
  scrub: BackupScrubReport | null;
}

/**
 * Setting the backup passphrase, or entering it after a start: the key then lives in memory for the
 * session, so plain backups waiting in the chosen folder are encrypted and the encrypted backups a
 * withdrawal could not reach while it was missing are scrubbed now.
 */
export class BackupPassphraseActions {
  constructor(
    private readonly backups: BackupStore,
    private readonly now: () => Date,
    private readonly scrubAll: () => Promise<BackupScrubReport | null>,
    private readonly nativeBinding?: string,
  ) {}

  async set(passphrase: string): Promise<PassphraseOutcome> {
    await this.backups.keyring.setPassphrase(passphrase, this.now());
    return this.afterUnlock();
  }

  async enter(passphrase: string): Promise<PassphraseOutcome> {
    await this.backups.keyring.unlock(passphrase);
    return this.afterUnlock();
  }

  private async afterUnlock(): Promise<PassphraseOutcome> {
    const plainBackups = await encryptPlainBackupsInChosenFolder(this.backups, this.nativeBinding);
    return { plainBackups, scrub: await this.scrubAll() };
  }
}
