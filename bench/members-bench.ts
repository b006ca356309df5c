import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openLedger } from '../electron/ledger/ledger';
import { insertMembers, listMembers } from '../electron/ledger/members/member-repository';
import { searchIndexEntry } from '../electron/ledger/search/member-search-entry';
import { generateDemoMembers } from '../electron/demo/generate-demo-members';
import { memberListQuerySchema } from '../shared/contract/members';
import type { MemberDraft } from '../shared/domain/member';
import { median, tempDir, timeMs, type BenchFigure } from './bench-support';

export const benchMemberCount = 20_000;

/** The same logical work as insertMembers, written the way one would with raw prepared statements. */
function seedRaw(file: string, drafts: readonly MemberDraft[], at: string): void {
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = FULL');
  const findOrganisation = sqlite.prepare('select id from organisations where lower(name) = ?');
  const insertOrganisation = sqlite.prepare(
    'insert into organisations (name, category, city, website, created_at, updated_at) values (?, null, null, null, ?, ?) returning id',
  );
  const insertMember = sqlite.prepare(
    `insert into members (kind, display_name, alias, category, organisation_id, preferred_language, email, phone,
       may_contact, may_be_named, joined_on, left_on, notes, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id`,
  );
  const insertLanguage = sqlite.prepare('insert into member_languages (member_id, language_code, position) values (?, ?, ?)');
  const insertSearch = sqlite.prepare('insert into member_search (rowid, folded_text) values (?, ?)');
  const insertGrams = sqlite.prepare('insert into member_search_grams (rowid, grams) values (?, ?)');
  const organisationIds = new Map<string, number>();
  sqlite.transaction(() => {
    for (const draft of drafts) {
      let organisationId: number | null = null;
      if (draft.organisationName) {
        organisationId = organisationIds.get(draft.organisationName) ?? null;
        if (organisationId === null) {
          const found = findOrganisation.get(draft.organisationName.toLowerCase()) as { id: number } | undefined;
          organisationId = found?.id ?? (insertOrganisation.get(draft.organisationName, at, at) as { id: number }).id;
          organisationIds.set(draft.organisationName, organisationId);
        }
      }
      const { id } = insertMember.get(
        draft.kind, draft.displayName, draft.alias, draft.category, organisationId, draft.preferredLanguage, draft.email,
        draft.phone, draft.mayContact ? 1 : 0, draft.mayBeNamed ? 1 : 0, draft.joinedOn, draft.leftOn, draft.notes, at, at,
      ) as { id: number };
      draft.languages.forEach((code, position) => insertLanguage.run(id, code, position));
      const entry = searchIndexEntry([draft.displayName, draft.alias, draft.organisationName, draft.email]);
      insertSearch.run(id, entry.foldedText);
      insertGrams.run(id, entry.grams);
    }
  })();
  sqlite.close();
}

async function freshLedgerFile(): Promise<string> {
  const file = path.join(tempDir('secretariat-bench-'), 'ledger.sqlite');
  await (await openLedger({ path: file })).close();
  return file;
}

/** The searches both engines' benches time. */
export const benchSearches = ['nunez', 'singh', 'mendoza', '小梅', 'nguyen', 'worker a1', 'pacific', 'dela cruz', 'ga', 'tremblay', 'ਸਿੰਘ', 'example.org', 'okafor'];

export async function runMembersBench(): Promise<BenchFigure[]> {
  const drafts = generateDemoMembers({ memberCount: benchMemberCount, seed: 7 });
  const at = new Date().toISOString();
  const rounds = 3;
  const ledgerTimes: number[] = [];
  const rawTimes: number[] = [];
  let searchLedgerFile = '';
  for (let round = 0; round < rounds; round++) {
    const rawFile = await freshLedgerFile();
    rawTimes.push(await timeMs(() => seedRaw(rawFile, drafts, at)));
    searchLedgerFile = await freshLedgerFile();
    const ledger = await openLedger({ path: searchLedgerFile });
    ledgerTimes.push(await timeMs(() => ledger.write('bench.seed', (trx) => insertMembers(trx, drafts, at))));
    await ledger.close();
  }
  const ledger = await openLedger({ path: searchLedgerFile });
  const searchTimes: number[] = [];
  for (let repeat = 0; repeat < 20; repeat++) {
    for (const search of benchSearches) {
      const query = memberListQuerySchema.parse({ search, limit: 100 });
      searchTimes.push(await timeMs(() => listMembers(ledger.db, query)));
    }
  }
  await ledger.close();
  if (process.env.BENCH_DEBUG) console.log(benchSearches.map((search, index) => `${search}: ${median(searchTimes.filter((_, sample) => sample % benchSearches.length === index)).toFixed(2)}`).join(', '));
  const ledgerMs = median(ledgerTimes);
  const rawMs = median(rawTimes);
  return [
    { name: `seed ${benchMemberCount} members through the ledger`, value: ledgerMs, unit: ' ms' },
    { name: `seed ${benchMemberCount} members with raw prepared statements`, value: rawMs, unit: ' ms' },
    { name: 'ledger / raw seeding ratio', value: ledgerMs / rawMs, unit: 'x', goal: { max: 1.5, unit: 'x' } },
    { name: `median member search (first page of 100 and total) at ${benchMemberCount} members`, value: median(searchTimes), unit: ' ms', goal: { max: 2, unit: ' ms' } },
  ];
}
