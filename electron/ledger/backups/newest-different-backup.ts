import crypto from 'node:crypto';
import fs from 'node:fs';

function digestOf(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/**
 * The newest backup whose content differs from `current` (the copy of the ledger just taken).
 *
 * Rotation keeps this one whatever its age: if the ledger went wrong (emptied, replaced by another
 * file) and was then backed up at every start, those identical copies would otherwise push the last
 * good backup out. Two backups of an unchanged ledger are byte-identical (the backup API copies pages),
 * so equal bytes mean equal content; sizes are compared first, so the usual case reads no file.
 * Every backup under its final name passed the full integrity check when it was written.
 */
export function newestDifferentBackup<Backup>(
  newestFirst: readonly Backup[],
  current: string,
  pathOf: (backup: Backup) => string,
): Backup | undefined {
  const currentSize = fs.statSync(current).size;
  let currentDigest: string | undefined;
  for (const backup of newestFirst) {
    const file = pathOf(backup);
    if (file === current) continue;
    let size: number;
    try {
      size = fs.statSync(file).size;
    } catch {
      continue;
    }
    if (size !== currentSize) return backup;
    currentDigest ??= digestOf(current);
    if (digestOf(file) !== currentDigest) return backup;
  }
  return undefined;
}
