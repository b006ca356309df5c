import crypto from 'node:crypto';

/**
 * The key behind encrypted backups: scrypt of the coordinator's passphrase. Only the salt, the cost and
 * a short key check are ever written (beside the ledger, and in each encrypted backup's header, so a
 * backup drive can be restored on a new computer with the passphrase alone); the key lives in memory.
 */
export interface KdfParams {
  /** scrypt's N is 2^logN. */
  logN: number;
  r: number;
  p: number;
  salt: Buffer;
}

export interface BackupKey {
  params: KdfParams;
  key: Buffer;
  /** Tells a wrong passphrase from a damaged backup without decrypting anything. */
  check: Buffer;
}

/** OWASP's scrypt recommendation (N=2^17, r=8, p=1): about a third of a second and 128 MiB per derivation. */
export const defaultKdfCost = { logN: 17, r: 8, p: 1 } as const;
export const saltLength = 16;
export const keyCheckLength = 16;
/** Long enough that guessing it offline, at scrypt's cost, is out of reach; a short sentence will do. */
export const shortestPassphrase = 12;

function keyCheckOf(key: Buffer): Buffer {
  return crypto.createHmac('sha256', key).update('network-secretariat backup key check v1').digest().subarray(0, keyCheckLength);
}

export function newKdfParams(cost: { logN: number; r: number; p: number } = defaultKdfCost): KdfParams {
  return { ...cost, salt: crypto.randomBytes(saltLength) };
}

/** NFC first: the same passphrase typed on another keyboard or system may arrive decomposed. */
export async function deriveBackupKey(passphrase: string, params: KdfParams): Promise<BackupKey> {
  const N = 2 ** params.logN;
  const key = await new Promise<Buffer>((resolve, reject) =>
    crypto.scrypt(passphrase.normalize('NFC'), params.salt, 32, { N, r: params.r, p: params.p, maxmem: 256 * N * params.r + 1024 * 1024 }, (error, derived) =>
      error ? reject(error) : resolve(derived),
    ),
  );
  return { params, key, check: keyCheckOf(key) };
}

export function keyMatchesCheck(key: BackupKey, check: Buffer): boolean {
  return check.length === keyCheckLength && crypto.timingSafeEqual(key.check, check);
}
