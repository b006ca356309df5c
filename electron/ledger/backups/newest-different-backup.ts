import fs from 'node:fs';

const chunkBytes = 1024 * 1024;

/** Compares two files of equal size chunk by chunk, stopping at the first difference. */
function sameBytes(a: string, b: string): boolean {
  const first = fs.openSync(a, 'r');
  const second = fs.openSync(b, 'r');
  try {
    const left = Buffer.alloc(chunkBytes);
    const right = Buffer.alloc(chunkBytes);
    for (let position = 0; ; position += chunkBytes) {
      const read = fs.readSync(first, left, 0, chunkBytes, position);
      if (fs.readSync(second, right, 0, chunkBytes, position) !== read) return false;
      if (read === 0) return true;
      if (!left.subarray(0, read).equals(right.subarray(0, read))) return false;
    }
  } finally {
    fs.closeSync(first);
    fs.closeSync(second);
  }
}

/**
 * The newest backup whose content differs from `current` (the copy of the ledger just taken).
 *
 * Rotation keeps this one whatever its age: if the ledger went wrong (emptied, replaced by another
 * file) and was then backed up at every start, those identical copies would otherwise push the last
 * good backup out. Two backups of an unchanged ledger are byte-identical (the backup API copies pages),
 * so equal bytes mean equal content; sizes are compared first, and a comparison stops at the first
 * difference. Every backup under its final name passed the full integrity check when it was written.
 */
export function newestDifferentBackup<Backup>(
  newestFirst: readonly Backup[],
  current: string,
  pathOf: (backup: Backup) => string,
): Backup | undefined {
  const currentSize = fs.statSync(current).size;
  for (const backup of newestFirst) {
    const file = pathOf(backup);
    if (file === current) continue;
    try {
      if (fs.statSync(file).size !== currentSize || !sameBytes(file, current)) return backup;
    } catch {
      // Deleted meanwhile (or unreadable): it cannot be the one to keep.
    }
  }
  return undefined;
}
