import crypto from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileKey, headerLength, newHeader, parseHeader, tagLength, type BackupHeader } from './backup-file-format';
import type { BackupKey } from './passphrase-key';

/** Why an encrypted backup could not be read, in words for the coordinator. */
export class BackupDecryptionError extends Error {
  constructor(
    readonly reason: 'damaged' | 'not_encrypted',
    message: string,
  ) {
    super(message);
    this.name = 'BackupDecryptionError';
  }
}

export async function readBackupHeader(file: string): Promise<BackupHeader | null> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const bytes = Buffer.alloc(headerLength);
    const { bytesRead } = await handle.read(bytes, 0, headerLength, 0);
    return parseHeader(bytes.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

async function fsyncFile(file: string): Promise<void> {
  const handle = await fs.promises.open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes `target` as the encrypted form of `source` (streamed: a backup may be large), flushed to disk. */
export async function encryptFile(source: string, target: string, key: BackupKey): Promise<void> {
  const header = newHeader(key.params, key.check);
  const cipher = crypto.createCipheriv('aes-256-gcm', fileKey(key.key, header), header.iv);
  cipher.setAAD(header.bytes);
  async function* encrypted() {
    yield header.bytes;
    for await (const chunk of fs.createReadStream(source)) yield cipher.update(chunk as Buffer);
    yield cipher.final();
    yield cipher.getAuthTag();
  }
  await pipeline(Readable.from(encrypted()), fs.createWriteStream(target));
  await fsyncFile(target);
}

/**
 * The plaintext of an encrypted backup, chunk by chunk. The last step checks the tag: until it passes,
 * nothing read may be trusted, so callers write to a temporary file or a hash and act only after.
 */
async function* decryptedChunks(source: string, header: BackupHeader, passphraseKey: Buffer): AsyncGenerator<Buffer> {
  const size = (await fs.promises.stat(source)).size;
  if (size < headerLength + tagLength) throw new BackupDecryptionError('damaged', 'the encrypted backup is cut short');
  const tag = Buffer.alloc(tagLength);
  const handle = await fs.promises.open(source, 'r');
  try {
    await handle.read(tag, 0, tagLength, size - tagLength);
  } finally {
    await handle.close();
  }
  const decipher = crypto.createDecipheriv('aes-256-gcm', fileKey(passphraseKey, header), header.iv);
  decipher.setAAD(header.bytes);
  decipher.setAuthTag(tag);
  if (size > headerLength + tagLength) {
    for await (const chunk of fs.createReadStream(source, { start: headerLength, end: size - tagLength - 1 })) yield decipher.update(chunk as Buffer);
  }
  try {
    yield decipher.final();
  } catch {
    throw new BackupDecryptionError('damaged', 'the encrypted backup is damaged or was altered (its authentication failed)');
  }
}

async function headerOf(source: string): Promise<BackupHeader> {
  const header = await readBackupHeader(source);
  if (!header) throw new BackupDecryptionError('not_encrypted', 'the file is not an encrypted backup of this app');
  return header;
}

/** Decrypts to `target` (a local working file); on any failure nothing is left at `target`. */
export async function decryptFile(source: string, target: string, passphraseKey: Buffer): Promise<void> {
  const header = await headerOf(source);
  try {
    await pipeline(Readable.from(decryptedChunks(source, header, passphraseKey)), fs.createWriteStream(target));
  } catch (error) {
    await fs.promises.rm(target, { force: true });
    throw error;
  }
}

/** SHA-256 of the plaintext, reading the encrypted file through: checks a new backup without writing it out. */
export async function plaintextDigest(source: string, passphraseKey: Buffer): Promise<string> {
  const header = await headerOf(source);
  const hash = crypto.createHash('sha256');
  for await (const chunk of decryptedChunks(source, header, passphraseKey)) hash.update(chunk);
  return hash.digest('hex');
}

export async function fileDigest(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
