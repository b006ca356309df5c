import fs from 'node:fs';
import { BackupDecryptionError, decryptFile, readBackupHeader } from './encryption/backup-cipher';
import { deriveBackupKey, keyMatchesCheck } from './encryption/passphrase-key';

/**
 * Decrypts an encrypted backup or server copy to a plain file, with the passphrase alone (its salt and
 * cost are in the file's header): what the server's administrator needs before pg_restore. The plain
 * file is readable by this account only, and an existing file is never overwritten.
 */
export async function decryptBackupFile(source: string, target: string, passphrase: string): Promise<void> {
  const header = await readBackupHeader(source);
  if (!header) throw new BackupDecryptionError('not_encrypted', `${source} is not an encrypted backup of this app`);
  const key = await deriveBackupKey(passphrase, header.params);
  if (!keyMatchesCheck(key, header.keyCheck)) throw new Error('That is not the passphrase this file was encrypted with (capital letters count).');
  // Created empty first, exclusively, so a file already there is refused and the copy is never world-readable.
  try {
    fs.closeSync(fs.openSync(target, 'wx', 0o600));
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
    throw new Error(`${target} already exists: give the decrypted copy a new name (it never replaces a file).`);
  }
  await decryptFile(source, target, key.key);
}
