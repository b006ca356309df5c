import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { openLedger } from '../../../electron/ledger/ledger';
import { migrations } from '../../../electron/ledger/migrations';
import { insertMembers, listMembers } from '../../../electron/ledger/members/member-repository';
import { foldVersion } from '../../../electron/ledger/search/fold-text';
import { foldVersionSetting } from '../../../electron/ledger/search/refresh-search-index';
import { memberListQuerySchema } from '../../../shared/contract/members';
import type { MemberDraft } from '../../../shared/domain/member';
import { makeTempDir } from '../../support/temp-ledger';
import { memberDraft } from '../../support/member-drafts';

// The folding as the app shipped it before version 2, written here independently of fold-text.ts:
// Latin accents only, so Greek and Cyrillic names were indexed with their accents and final sigma.
const latinOnly: Record<string, string> = { đ: 'd', ð: 'd', ø: 'o', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };
function foldBeforeVersion2(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[đðøłßæœı]/g, (letter) => latinOnly[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const draft = (overrides: Partial<MemberDraft>) => memberDraft({ email: null, alias: 'Heron', ...overrides }) as MemberDraft;

/**
 * A ledger as the app left it before the folding changed: every migration applied, no fold version
 * recorded, and the search index holding names folded the old way (withdrawn members not in it).
 */
async function ledgerIndexedTheOldWay(): Promise<{ file: string; ids: number[] }> {
  const dir = makeTempDir();
  dirs.push(dir);
  const file = path.join(dir, 'ledger.sqlite');
  const ledger = await openLedger({ path: file, migrations });
  const ids = await insertMembers(
    ledger.db,
    [
      draft({ displayName: 'Σοφία Παπαδοπούλου', alias: 'Heron' }),
      draft({ displayName: 'Алёна Ёлкина', alias: 'Osprey' }),
      draft({ displayName: 'Inés Núñez', alias: 'Plover O’Day' }),
      draft({ displayName: 'Withdrawn member 1', alias: null, category: 'union' }),
    ],
    '2026-01-01T00:00:00.000Z',
  );
  await ledger.close();
  const sqlite = new BetterSqlite3(file);
  const rows = sqlite.prepare('select id, display_name, alias from members').all() as { id: number; display_name: string; alias: string | null }[];
  for (const row of rows) {
    const old = foldBeforeVersion2([row.display_name, row.alias].filter(Boolean).join(' \u2022 '));
    sqlite.prepare('update member_search set folded_text = ? where rowid = ?').run(old, row.id);
  }
  // Erasure deleted the withdrawn member's entries.
  sqlite.prepare('delete from member_search where rowid = ?').run(ids[3]);
  sqlite.prepare('delete from member_search_grams where rowid = ?').run(ids[3]);
  sqlite.prepare('delete from app_settings where key = ?').run(foldVersionSetting);
  sqlite.close();
  return { file, ids };
}

async function found(file: string, search: string, open = () => openLedger({ path: file })): Promise<number[]> {
  const ledger = await open();
  try {
    return (await listMembers(ledger.db, memberListQuerySchema.parse({ search }))).items.map((item) => item.id);
  } finally {
    await ledger.close();
  }
}

describe('the member search index after the folding changed', () => {
  it('is rebuilt when an older ledger opens: a Greek or Cyrillic name typed without accents is found', async () => {
    const { file, ids } = await ledgerIndexedTheOldWay();
    // As the old index stands (opened without the refresh), the accent-less spelling misses her.
    expect(await found(file, 'ΣΟΦΙΑ', () => openLedger({ path: file, migrations }))).toEqual([]);

    expect(await found(file, 'ΣΟΦΙΑ')).toEqual([ids[0]]);
    expect(await found(file, 'παπαδοπουλου')).toEqual([ids[0]]);
    expect(await found(file, 'Елкина')).toEqual([ids[1]]);
    expect(await found(file, 'nunez')).toEqual([ids[2]]);
    expect(await found(file, 'osprey')).toEqual([ids[1]]);
    // Version 3: the alias was saved with a curly apostrophe, the search types a straight one.
    expect(await found(file, "o'day")).toEqual([ids[2]]);
    // Two-letter searches go to the second index, rebuilt with the first.
    expect(await found(file, 'Ёл')).toEqual([ids[1]]);
  });

  it('keeps a withdrawn member out of the rebuilt index, records the folding, and rebuilds only once', async () => {
    const { file, ids } = await ledgerIndexedTheOldWay();
    const ledger = await openLedger({ path: file });
    try {
      const indexed = ledger.sqlite.prepare('select rowid from member_search order by rowid').pluck().all();
      expect(indexed).toEqual(ids.slice(0, 3));
      expect(ledger.sqlite.prepare('select count(*) from member_search_grams where rowid = ?').pluck().get(ids[3])).toBe(0);
      expect(ledger.sqlite.prepare('select value from app_settings where key = ?').pluck().get(foldVersionSetting)).toBe(String(foldVersion));
    } finally {
      await ledger.close();
    }
    // Opened again, the index is left as it is: a row planted in it survives.
    const sqlite = new BetterSqlite3(file);
    sqlite.prepare("insert into member_search (rowid, folded_text) values (999, 'planted')").run();
    sqlite.close();
    const again = await openLedger({ path: file });
    try {
      expect(again.sqlite.prepare('select count(*) from member_search where rowid = 999').pluck().get()).toBe(1);
    } finally {
      await again.close();
    }
  });
});
