import path from 'node:path';
import { storageWarningHere } from '../storage-location';

/**
 * Whether backups written to `folder` leave this computer: any folder but the default one beside the
 * ledger (the coordinator moves backups to an external drive), or a folder synced to a cloud service
 * or on a network share. Such backups are encrypted; a stolen drive must hold nothing readable.
 */
export function backupsLeaveTheComputer(folder: string, defaultFolder: string): boolean {
  return path.resolve(folder) !== path.resolve(defaultFolder) || storageWarningHere(folder) !== null;
}
