import type { AppErrorShape } from '../../shared/errors';

/** What went wrong with the disk under the ledger, from SQLite's or Node's error code. */
export type StorageFailure = 'full' | 'read_only' | 'io';

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

export function storageFailureOf(error: unknown): StorageFailure | null {
  const code = errorCode(error);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'full';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'read_only';
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN' || code === 'EIO') return 'io';
  return null;
}

/**
 * The coordinator's message for a write the disk refused. Every write is one transaction, so in each
 * case nothing was saved; each message says what to do about it.
 */
export function storageFailureShape(error: unknown): AppErrorShape | null {
  const failure = storageFailureOf(error);
  const code = errorCode(error);
  switch (failure) {
    case 'full':
      return { code: 'storage_full', reason: 'ledger.diskFull', message: 'The disk holding the ledger is full. Nothing was saved; free some space and try again.' };
    case 'read_only':
      return {
        code: 'ledger_unavailable',
        reason: 'ledger.readOnly',
        message: `The ledger cannot be written: its disk or file is read-only (${code}). Nothing was saved; remove the write protection or move the data folder to a disk that can be written, then try again.`,
      };
    case 'io':
      return {
        code: 'ledger_unavailable',
        reason: 'ledger.unwritable',
        message: `The disk holding the ledger failed to read or write (${code}). Nothing was saved; check that the drive is connected and healthy, then try again.`,
      };
    default:
      return null;
  }
}
