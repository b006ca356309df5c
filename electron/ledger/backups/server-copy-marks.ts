import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The server ledger's highest withdrawal number when each copy of it was taken here. A copy is known to
 * be clear of every withdrawal numbered up to it, whatever the clocks say: comparing a copy's time with a
 * withdrawal made on another coordinator's computer would trust two clocks to agree, and one running
 * ahead would keep a copy that still holds the member. Kept beside the ledger's other settings; a copy
 * with no mark (taken by an older version) is judged by its time.
 */
const marksFileName = 'server-copy-marks.json';
const marksSchema = z.record(z.string(), z.number().int().nonnegative());

export function readServerCopyMarks(dataDir: string): Record<string, number> {
  try {
    const parsed = marksSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dataDir, marksFileName), 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/**
 * Records a copy's mark and forgets the marks of copies no longer present (`stillPresent`; null while a
 * backup folder is unplugged: its copies' marks must survive until it is back). Written to a temporary
 * name and renamed.
 */
export function writeServerCopyMark(dataDir: string, name: string, withdrawals: number, stillPresent: readonly string[] | null): void {
  const kept = stillPresent && new Set(stillPresent);
  const marks = Object.fromEntries(Object.entries(readServerCopyMarks(dataDir)).filter(([copy]) => !kept || kept.has(copy)));
  marks[name] = withdrawals;
  const file = path.join(dataDir, marksFileName);
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, JSON.stringify(marks, null, 2));
  fs.renameSync(partial, file);
}
