import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration carries its own words and logic and imports no app code, so later
// changes to the app's alias proposals or search index cannot change what it did.
//
// Every current or former migrant worker must have an alias: packets and documents name them by it.
// Workers recorded before that rule get one here; withdrawn members keep their erased alias.

// prettier-ignore
const words = [
  'Heron', 'Osprey', 'Kingfisher', 'Sandpiper', 'Plover', 'Curlew', 'Grebe', 'Merganser', 'Pintail', 'Teal',
  'Wigeon', 'Goldeneye', 'Bufflehead', 'Puffin', 'Murre', 'Auklet', 'Cormorant', 'Tern', 'Egret', 'Crane',
  'Bittern', 'Towhee', 'Junco', 'Chickadee', 'Nuthatch', 'Kinglet', 'Vireo', 'Flicker', 'Siskin', 'Grosbeak',
  'Tanager', 'Oriole', 'Bunting', 'Lark', 'Pipit', 'Waxwing', 'Dipper', 'Ptarmigan', 'Quail', 'Kestrel',
  'Harrier', 'Falcon', 'Petrel', 'Shearwater', 'Avocet', 'Godwit', 'Dunlin', 'Sanderling', 'Turnstone',
  'Phalarope', 'Brant', 'Mallard', 'Gadwall', 'Shoveler', 'Scoter', 'Eider', 'Bluebird', 'Meadowlark',
  'Bobolink', 'Catbird', 'Starling', 'Nighthawk', 'Whimbrel', 'Sparrow', 'Finch', 'Thrush', 'Warbler',
];

function shuffled(items: readonly string[]): string[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = crypto.randomInt(0, index + 1);
    [copy[index], copy[other]] = [copy[other] as string, copy[index] as string];
  }
  return copy;
}

/** Single words, then pairs, then numbered words: as many as any ledger needs. */
function* aliases(): Generator<string> {
  const order = shuffled(words);
  yield* order;
  for (const first of order) for (const second of order) if (first !== second) yield `${first} ${second}`;
  for (let number = 2; ; number++) for (const word of order) yield `${word} ${number}`;
}

// The member search index as the app wrote it on 2026-11-30 (sqlite/member-search-index.ts then):
// folded text joined with " • ", and every one- and two-character piece of each word as a token.
function gramToken(gram: string): string {
  return `g${[...gram].map((character) => (character.codePointAt(0) as number).toString(36)).join('x')}`;
}

function shortGramTokens(word: string): string {
  const tokens = new Set<string>();
  for (const part of word.split(' ')) {
    const characters = [...part];
    characters.forEach((character, index) => {
      tokens.add(gramToken(character));
      const next = characters[index + 1];
      if (next !== undefined) tokens.add(gramToken(character + next));
    });
  }
  return [...tokens].join(' ');
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const members = await sql<{ id: number; alias: string | null; category: string; withdrawn_at: string | null }>`
    select id, alias, category, withdrawn_at from members order by id`.execute(db);
  const taken = new Set(
    members.rows.filter((row) => row.alias && row.alias.trim() !== '').map((row) => (row.alias as string).toLowerCase()),
  );
  const needing = members.rows.filter(
    (row) =>
      (row.category === 'current_migrant_worker' || row.category === 'former_migrant_worker') &&
      row.withdrawn_at === null &&
      (row.alias === null || row.alias.trim() === ''),
  );
  if (needing.length === 0) return;

  const at = new Date().toISOString();
  const source = aliases();
  for (const member of needing) {
    let alias = source.next().value as string;
    while (taken.has(alias.toLowerCase())) alias = source.next().value as string;
    taken.add(alias.toLowerCase());
    const folded = alias.toLowerCase();
    await sql`update members set alias = ${alias}, updated_at = ${at} where id = ${member.id}`.execute(db);
    await sql`update member_search set folded_text = folded_text || ${` \u2022 ${folded}`} where rowid = ${member.id}`.execute(db);
    await sql`update member_search_grams set grams = grams || ${` ${shortGramTokens(folded)}`} where rowid = ${member.id}`.execute(db);
    await sql`insert into audit_log (at, operation, entity_type, entity_id, changes, actor)
      values (${at}, 'migrations.workerAliases', 'member', ${member.id}, ${JSON.stringify({ alias: { from: member.alias, to: alias } })}, null)`.execute(db);
  }
}
