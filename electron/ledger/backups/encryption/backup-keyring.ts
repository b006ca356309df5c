import { DomainError } from '../../../domain-error';
import type { BackupHeader } from './backup-file-format';
import { defaultKdfCost, deriveBackupKey, keyMatchesCheck, newKdfParams, shortestPassphrase, type BackupKey } from './passphrase-key';
import { readPassphraseSettings, writePassphraseSettings } from './passphrase-settings';

export interface PassphraseStatus {
  passphraseSet: boolean;
  /** Entered since the app started: the key is in memory and encrypted backups can be written and read. */
  unlocked: boolean;
  setAt: string | null;
}

function wrongPassphrase(): DomainError {
  const problem = { reason: 'backups.wrongPassphrase' } as const;
  return new DomainError('invalid_input', 'That is not the backup passphrase. Check it and try again (capital letters count).', [
    { path: 'passphrase', message: 'is not the backup passphrase', ...problem },
  ], problem);
}

/**
 * The backup keys of this session, in memory only: the passphrase itself is never kept, and nothing
 * here is written but the salt and key check (passphrase-settings.ts). Keys for backups written under
 * another salt (an earlier passphrase, another computer) are derived when their passphrase is given.
 */
export class BackupKeyring {
  private readonly keys: BackupKey[] = [];

  constructor(
    private readonly dataDir: string,
    private readonly cost: { logN: number; r: number; p: number } = defaultKdfCost,
  ) {}

  status(): PassphraseStatus {
    const settings = readPassphraseSettings(this.dataDir);
    return { passphraseSet: settings !== null, unlocked: this.currentKey() !== null, setAt: settings?.setAt ?? null };
  }

  /** The key new encrypted backups are written with; null until the passphrase is entered. */
  currentKey(): BackupKey | null {
    const settings = readPassphraseSettings(this.dataDir);
    if (!settings) return null;
    return this.keys.find((key) => key.params.salt.equals(settings.params.salt) && keyMatchesCheck(key, settings.keyCheck)) ?? null;
  }

  async setPassphrase(passphrase: string, now: Date): Promise<void> {
    if (readPassphraseSettings(this.dataDir)) {
      throw new DomainError('conflict', 'A backup passphrase is already set. Backups encrypted with it can only be read with it.', [], {
        reason: 'backups.passphraseAlreadySet',
      });
    }
    if ([...passphrase.normalize('NFC')].length < shortestPassphrase) {
      throw new DomainError('invalid_input', `The passphrase must be at least ${shortestPassphrase} characters long; a short sentence is easy to remember.`, [
        { path: 'passphrase', message: `must be at least ${shortestPassphrase} characters`, reason: 'tooShort', params: { min: shortestPassphrase } },
      ]);
    }
    const key = await deriveBackupKey(passphrase, newKdfParams(this.cost));
    writePassphraseSettings(this.dataDir, { params: key.params, keyCheck: key.check, setAt: now.toISOString() });
    this.keys.push(key);
  }

  async unlock(passphrase: string): Promise<void> {
    const settings = readPassphraseSettings(this.dataDir);
    if (!settings) throw new DomainError('conflict', 'No backup passphrase has been set yet.', [], { reason: 'backups.passphraseNotSet' });
    const key = await deriveBackupKey(passphrase, settings.params);
    if (!keyMatchesCheck(key, settings.keyCheck)) throw wrongPassphrase();
    this.keys.push(key);
  }

  /** The session's key for an encrypted backup, or null when its passphrase was not entered. */
  keyFor(header: BackupHeader): BackupKey | null {
    return this.keys.find((key) => key.params.salt.equals(header.params.salt) && keyMatchesCheck(key, header.keyCheck)) ?? null;
  }

  /** The key for a backup from a passphrase typed for it (a restore); remembered for this session. */
  async keyWithPassphrase(header: BackupHeader, passphrase: string): Promise<BackupKey> {
    const known = this.keyFor(header);
    if (known) return known;
    const key = await deriveBackupKey(passphrase, header.params);
    if (!keyMatchesCheck(key, header.keyCheck)) throw wrongPassphrase();
    this.keys.push(key);
    return key;
  }
}
