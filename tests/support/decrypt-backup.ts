import crypto from 'node:crypto';
import fs from 'node:fs';

// The attacker's (or a future maintainer's) reading of an encrypted backup, written from the format as
// documented in the README, without the app's code: it proves the format is what it claims, and lets
// tests look inside encrypted backups for names.
//   "NSECBAK1" | logN r p | passphrase salt (16) | key check (16) | file salt (32) | IV (12) | ciphertext | tag (16)

const magic = 'NSECBAK1';
const headerLength = 8 + 3 + 16 + 16 + 32 + 12;

export function looksEncrypted(file: string): boolean {
  return fs.readFileSync(file).subarray(0, 8).toString('latin1') === magic;
}

export function decryptBackupBytes(file: string, passphrase: string): Buffer {
  const bytes = fs.readFileSync(file);
  if (bytes.subarray(0, 8).toString('latin1') !== magic) throw new Error(`${file} is not an encrypted backup`);
  const header = bytes.subarray(0, headerLength);
  const [logN, r, p] = [header[8] as number, header[9] as number, header[10] as number];
  const salt = header.subarray(11, 27);
  const fileSalt = header.subarray(43, 75);
  const iv = header.subarray(75, 87);
  const N = 2 ** logN;
  const key = crypto.scryptSync(passphrase.normalize('NFC'), salt, 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
  const fileKey = Buffer.from(crypto.hkdfSync('sha256', key, fileSalt, 'network-secretariat backup file v1', 32));
  const decipher = crypto.createDecipheriv('aes-256-gcm', fileKey, iv);
  decipher.setAAD(header);
  decipher.setAuthTag(bytes.subarray(bytes.length - 16));
  return Buffer.concat([decipher.update(bytes.subarray(headerLength, bytes.length - 16)), decipher.final()]);
}
