import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addToWithdrawalRegister,
  readWithdrawalRegister,
  withdrawalRegisterPath,
  WithdrawalRegisterError,
} from '../../../electron/ledger/withdrawal/withdrawal-register';
import { makeTempDir } from '../../support/temp-ledger';

const first = { memberId: 4, withdrawalNumber: 1, withdrawnAt: '2026-03-01T10:00:00.000Z', memberCreatedAt: '2025-01-01T09:00:00.000Z' };
const second = { memberId: 9, withdrawalNumber: 2, withdrawnAt: '2026-04-01T10:00:00.000Z', memberCreatedAt: '2025-02-01T09:00:00.000Z' };

describe('withdrawal register', () => {
  let dir = '';
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is empty before the first withdrawal, and adds each withdrawal once', () => {
    dir = makeTempDir();
    expect(readWithdrawalRegister(dir)).toEqual([]);
    expect(addToWithdrawalRegister(dir, [second])).toBe(1);
    expect(addToWithdrawalRegister(dir, [first, second])).toBe(1);
    expect(readWithdrawalRegister(dir)).toEqual([first, second]);
    expect(fs.readdirSync(dir)).toEqual(['withdrawals.json']);
  });

  it('keeps a later member who reused an id apart from the withdrawn one', () => {
    dir = makeTempDir();
    addToWithdrawalRegister(dir, [first]);
    const reused = { ...first, withdrawalNumber: 3, memberCreatedAt: '2026-05-01T09:00:00.000Z' };
    expect(addToWithdrawalRegister(dir, [reused])).toBe(1);
    expect(readWithdrawalRegister(dir)).toHaveLength(2);
  });

  it('refuses a damaged register rather than reading it as empty, and does not overwrite it', () => {
    dir = makeTempDir();
    const file = withdrawalRegisterPath(dir);
    for (const damaged of ['{ "version": 1, "withdrawals": [', JSON.stringify({ version: 1, withdrawals: [{ memberId: 'x' }] })]) {
      fs.writeFileSync(file, damaged);
      expect(() => readWithdrawalRegister(dir)).toThrow(WithdrawalRegisterError);
      expect(() => addToWithdrawalRegister(dir, [first])).toThrow(WithdrawalRegisterError);
      expect(fs.readFileSync(file, 'utf8')).toBe(damaged);
    }
  });
});
