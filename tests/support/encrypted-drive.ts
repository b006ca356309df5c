import fs from 'node:fs';
import { onTestFinished } from 'vitest';
import type { Dispatch } from '../../electron/handlers/dispatch';
import { callOk } from './call-operation';
import { makeTempDir } from './temp-ledger';

/** A cheaper scrypt for tests (the app uses N=2^17): the same code, a smaller cost. */
export const testKdfCost = { logN: 14, r: 8, p: 1 };

/** A temporary folder standing for an external drive, removed when the test ends. */
export function makeDrive(): string {
  const drive = makeTempDir('secretariat-drive-');
  onTestFinished(() => fs.rmSync(drive, { recursive: true, force: true }));
  return drive;
}

/** Sets the backup passphrase and sends new backups to `drive`, as the coordinator does in Settings. */
export async function backUpToDrive(dispatch: Dispatch, drive: string, passphrase: string): Promise<void> {
  await callOk(dispatch, 'backups.setPassphrase', { passphrase, confirmation: passphrase });
  await callOk(dispatch, 'backups.setFolder', { folder: drive });
}
