import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Every withdrawal ever made, kept in a small file beside the ledger and not in it (like
 * backup-settings.json): restoring an old backup replaces the ledger but not this file, so the
 * withdrawals can be applied again. It holds no personal data: ids, numbers and times only.
 * The member's creation time tells the same member apart from a later one that reused its id
 * after an older backup was restored.
 */
export const withdrawalRegisterFileName = 'withdrawals.json';

const entrySchema = z.object({
  memberId: z.number().int().positive(),
  withdrawalNumber: z.number().int().positive(),
  withdrawnAt: z.string(),
  memberCreatedAt: z.string(),
});
const registerSchema = z.object({ version: z.literal(1), withdrawals: z.array(entrySchema) });

export type RegisteredWithdrawal = z.infer<typeof entrySchema>;

export class WithdrawalRegisterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WithdrawalRegisterError';
  }
}

export function withdrawalRegisterPath(dataDir: string): string {
  return path.join(dataDir, withdrawalRegisterFileName);
}

/**
 * The registered withdrawals; none when the file does not exist yet. A file that exists but cannot be
 * read is an error, never an empty register: treating it as empty would let withdrawn members come back.
 */
export function readWithdrawalRegister(dataDir: string): RegisteredWithdrawal[] {
  const file = withdrawalRegisterPath(dataDir);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return [];
    throw new WithdrawalRegisterError(`The withdrawal register ${file} cannot be read: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new WithdrawalRegisterError(`The withdrawal register ${file} is not valid JSON`);
  }
  const checked = registerSchema.safeParse(parsed);
  if (!checked.success) throw new WithdrawalRegisterError(`The withdrawal register ${file} is not in the expected format`);
  return checked.data.withdrawals;
}

function fsyncPath(target: string, flags: string): void {
  try {
    const fd = fs.openSync(target, flags);
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some platforms refuse to open folders; the rename still happened.
  }
}

/**
 * Adds withdrawals the register does not hold yet (by member id and creation time); returns how many.
 * Written to a temporary name, flushed and renamed, so a crash leaves the old register or the new one.
 */
export function addToWithdrawalRegister(dataDir: string, entries: readonly RegisteredWithdrawal[]): number {
  const current = readWithdrawalRegister(dataDir);
  const known = new Set(current.map((entry) => `${entry.memberId}@${entry.memberCreatedAt}`));
  const added = entries.filter((entry) => !known.has(`${entry.memberId}@${entry.memberCreatedAt}`));
  if (added.length === 0) return 0;
  const withdrawals = [...current, ...added].sort((a, b) => a.withdrawalNumber - b.withdrawalNumber || a.memberId - b.memberId);
  fs.mkdirSync(dataDir, { recursive: true });
  const file = withdrawalRegisterPath(dataDir);
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, JSON.stringify({ version: 1, withdrawals }, null, 2));
  fsyncPath(partial, 'r+');
  fs.renameSync(partial, file);
  if (process.platform !== 'win32') fsyncPath(dataDir, 'r');
  return added.length;
}
