import crypto from 'node:crypto';
import { keyCheckLength, saltLength, type KdfParams } from './passphrase-key';

// An encrypted backup: this header, the AES-256-GCM ciphertext of the SQLite file, then the 16-byte tag.
// The header is authenticated too (GCM's additional data), so no byte of the file can change unnoticed.
//   magic "NSECBAK1" | logN r p (1 byte each) | passphrase salt (16) | key check (16) | file salt (32) | IV (12)

const magic = Buffer.from('NSECBAK1', 'ascii');
const fileSaltLength = 32;
const ivLength = 12;
export const tagLength = 16;
export const headerLength = magic.length + 3 + saltLength + keyCheckLength + fileSaltLength + ivLength;

export interface BackupHeader {
  params: KdfParams;
  keyCheck: Buffer;
  /** Each file gets its own key, derived from the passphrase key and this salt (HKDF). */
  fileSalt: Buffer;
  iv: Buffer;
  bytes: Buffer;
}

export function newHeader(params: KdfParams, keyCheck: Buffer): BackupHeader {
  const fileSalt = crypto.randomBytes(fileSaltLength);
  const iv = crypto.randomBytes(ivLength);
  const bytes = Buffer.concat([magic, Buffer.from([params.logN, params.r, params.p]), params.salt, keyCheck, fileSalt, iv]);
  return { params, keyCheck, fileSalt, iv, bytes };
}

export function startsAsEncryptedBackup(bytes: Buffer): boolean {
  return bytes.length >= magic.length && bytes.subarray(0, magic.length).equals(magic);
}

/** Null when the bytes are not the header of an encrypted backup. */
export function parseHeader(bytes: Buffer): BackupHeader | null {
  if (bytes.length < headerLength || !startsAsEncryptedBackup(bytes)) return null;
  const [logN = 0, r = 0, p = 0] = bytes.subarray(magic.length, magic.length + 3);
  // A forged header must not make the app spend gigabytes on one key derivation.
  if (logN < 10 || logN > 20 || r < 1 || r > 16 || p < 1 || p > 4) return null;
  let offset = magic.length + 3;
  const take = (length: number) => Buffer.from(bytes.subarray(offset, (offset += length)));
  const salt = take(saltLength);
  const keyCheck = take(keyCheckLength);
  const fileSalt = take(fileSaltLength);
  const iv = take(ivLength);
  return { params: { logN, r, p, salt }, keyCheck, fileSalt, iv, bytes: Buffer.from(bytes.subarray(0, headerLength)) };
}

/** The key for one file: its own, so the passphrase key never encrypts twice with the same IV space. */
export function fileKey(passphraseKey: Buffer, header: BackupHeader): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', passphraseKey, header.fileSalt, 'network-secretariat backup file v1', 32));
}
