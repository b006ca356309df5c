import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { KdfParams } from './passphrase-key';

/**
 * Beside the ledger, like backup-settings.json (it must survive a restore): the passphrase's salt, cost
 * and key check, so the app can tell a mistyped passphrase at once. Never the passphrase or the key.
 */
export const passphraseSettingsFileName = 'backup-encryption.json';

const settingsSchema = z.object({
  version: z.literal(1),
  logN: z.number().int().min(10).max(24),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: z.string(),
  keyCheck: z.string(),
  setAt: z.string(),
});

export interface PassphraseSettings {
  params: KdfParams;
  keyCheck: Buffer;
  setAt: string;
}

export class PassphraseSettingsError extends Error {}

/** Null when no passphrase was ever set; an unreadable file is an error, never "no passphrase". */
export function readPassphraseSettings(dataDir: string): PassphraseSettings | null {
  const file = path.join(dataDir, passphraseSettingsFileName);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return null;
    throw new PassphraseSettingsError(`The backup passphrase settings ${file} cannot be read: ${(error as Error).message}`);
  }
  let parsed: z.infer<typeof settingsSchema>;
  try {
    parsed = settingsSchema.parse(JSON.parse(text));
  } catch {
    throw new PassphraseSettingsError(`The backup passphrase settings ${file} are not in the expected format`);
  }
  const { logN, r, p, salt, keyCheck, setAt } = parsed;
  return { params: { logN, r, p, salt: Buffer.from(salt, 'base64') }, keyCheck: Buffer.from(keyCheck, 'base64'), setAt };
}

/** Written to a temporary name, flushed and renamed, so a crash leaves the old settings or the new ones. */
export function writePassphraseSettings(dataDir: string, settings: PassphraseSettings): void {
  const file = path.join(dataDir, passphraseSettingsFileName);
  const partial = `${file}.partial`;
  const { logN, r, p, salt } = settings.params;
  const json = { version: 1, logN, r, p, salt: salt.toString('base64'), keyCheck: settings.keyCheck.toString('base64'), setAt: settings.setAt };
  fs.mkdirSync(dataDir, { recursive: true });
  const fd = fs.openSync(partial, 'w');
  try {
    fs.writeFileSync(fd, JSON.stringify(json, null, 2));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(partial, file);
}
