import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RegisteredWithdrawal } from '../../withdrawal/withdrawal-register';
import { tagLength } from './backup-file-format';

/**
 * Encrypted backups already known to hold none of the registered withdrawals, so that a start (when
 * the passphrase is not in memory yet) does not report them as unchecked again and again. A backup is
 * known by its GCM tag (its content: any change to it changes the tag), and the register by a hash of
 * the ids and creation times it lists (a new withdrawal makes every backup unchecked until it is).
 * No personal data: tags and hashes only, beside the ledger.
 */
const recordFileName = 'backups-checked.json';
const recordSchema = z.object({ version: z.literal(1), clean: z.record(z.string(), z.string()) });

export function registerFingerprint(entries: readonly RegisteredWithdrawal[]): string {
  const keys = entries.map((entry) => `${entry.memberId}@${entry.memberCreatedAt}`).sort();
  return crypto.createHash('sha256').update(JSON.stringify(keys)).digest('hex');
}

function tagOf(file: string): string | null {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      const tag = Buffer.alloc(tagLength);
      fs.readSync(fd, tag, 0, tagLength, Math.max(0, size - tagLength));
      return tag.toString('hex');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return null;
  }
}

function readRecord(dataDir: string): Record<string, string> {
  try {
    const parsed = recordSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, recordFileName), 'utf8')));
    return parsed.success ? parsed.data.clean : {};
  } catch {
    // No record, or an unreadable one: every encrypted backup is then simply unchecked.
    return {};
  }
}

export function isKnownClean(dataDir: string, file: string, fingerprint: string): boolean {
  const tag = tagOf(file);
  return tag !== null && readRecord(dataDir)[tag] === fingerprint;
}

/**
 * Records the backups as clean for this register. Entries for files that no longer exist are dropped,
 * unless `existing` is null (a folder could not be listed: its backups may come back).
 */
export function recordClean(dataDir: string, files: readonly string[], fingerprint: string, existing: readonly string[] | null): void {
  const before = readRecord(dataDir);
  const kept = existing === null ? null : new Set(existing.map(tagOf));
  const clean = Object.fromEntries(Object.entries(before).filter(([tag]) => kept === null || kept.has(tag)));
  for (const file of files) {
    const tag = tagOf(file);
    if (tag) clean[tag] = fingerprint;
  }
  if (JSON.stringify(clean) === JSON.stringify(before)) return;
  const target = path.join(dataDir, recordFileName);
  fs.writeFileSync(`${target}.partial`, JSON.stringify({ version: 1, clean }, null, 2));
  fs.renameSync(`${target}.partial`, target);
}
