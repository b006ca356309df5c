import { sql, type Kysely } from 'kysely';
import { onEngine } from './on-engine';

// Frozen in time: a migration never imports app code.
// PostgreSQL only. SQLite registers fold_text and name_sort_key on each connection from the app's one
// folding (search/fold-text.ts); PostgreSQL needs them as SQL functions. These follow the JavaScript
// step by step: NFKD, marks dropped after Latin, Greek and Cyrillic letters (the same Unicode classes,
// generated from Node 20's Unicode tables), NFC, lower case (ICU's root locale where the server has
// it, as JavaScript), the letters no decomposition reaches (đ ð ø ł ß æ œ ı, final ς), the curly and
// modifier apostrophes as the straight one (fold version 3), spacing made one space. A test compares
// them with the JavaScript on every written form of the tests' names and on random text. Erasure does
// not rely on them: on PostgreSQL it folds every cell in JavaScript (postgres/erasure-sql.ts).
// The classes are PostgreSQL regular-expression escapes (\uXXXX, \UXXXXXXXX), kept as written.
// instr() is SQLite's built-in that the shared queries use for "contains".

const latinGreekCyrillic = String.raw`\u0041-\u005a\u0061-\u007a\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02b8\u02e0-\u02e4\u0370-\u0373\u0375-\u0377\u037a-\u037d\u037f\u0384\u0386\u0388-\u038a\u038c\u038e-\u03a1\u03a3-\u03e1\u03f0-\u0484\u0487-\u052f\u1c80-\u1c8a\u1d00-\u1dbf\u1e00-\u1f15\u1f18-\u1f1d\u1f20-\u1f45\u1f48-\u1f4d\u1f50-\u1f57\u1f59\u1f5b\u1f5d\u1f5f-\u1f7d\u1f80-\u1fb4\u1fb6-\u1fc4\u1fc6-\u1fd3\u1fd6-\u1fdb\u1fdd-\u1fef\u1ff2-\u1ff4\u1ff6-\u1ffe\u2071\u207f\u2090-\u209c\u2126\u212a-\u212b\u2132\u214e\u2160-\u2188\u2c60-\u2c7f\u2de0-\u2dff\ua640-\ua69f\ua722-\ua787\ua78b-\ua7dc\ua7f1-\ua7ff\uab30-\uab5a\uab5c-\uab69\ufb00-\ufb06\ufe2e-\ufe2f\uff21-\uff3a\uff41-\uff5a\U00010140-\U0001018e\U000101a0\U00010780-\U00010785\U00010787-\U000107b0\U000107b2-\U000107ba\U0001d200-\U0001d245\U0001df00-\U0001df1e\U0001df25-\U0001df2a\U0001e030-\U0001e06d\U0001e08f`;
const marks = String.raw`\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1-\u05c2\u05c4-\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7-\u06e8\u06ea-\u06ed\u0711\u0730-\u074a\u07a6-\u07b0\u07eb-\u07f3\u07fd\u0816-\u0819\u081b-\u0823\u0825-\u0827\u0829-\u082d\u0859-\u085b\u0897-\u089f\u08ca-\u08e1\u08e3-\u0903\u093a-\u093c\u093e-\u094f\u0951-\u0957\u0962-\u0963\u0981-\u0983\u09bc\u09be-\u09c4\u09c7-\u09c8\u09cb-\u09cd\u09d7\u09e2-\u09e3\u09fe\u0a01-\u0a03\u0a3c\u0a3e-\u0a42\u0a47-\u0a48\u0a4b-\u0a4d\u0a51\u0a70-\u0a71\u0a75\u0a81-\u0a83\u0abc\u0abe-\u0ac5\u0ac7-\u0ac9\u0acb-\u0acd\u0ae2-\u0ae3\u0afa-\u0aff\u0b01-\u0b03\u0b3c\u0b3e-\u0b44\u0b47-\u0b48\u0b4b-\u0b4d\u0b55-\u0b57\u0b62-\u0b63\u0b82\u0bbe-\u0bc2\u0bc6-\u0bc8\u0bca-\u0bcd\u0bd7\u0c00-\u0c04\u0c3c\u0c3e-\u0c44\u0c46-\u0c48\u0c4a-\u0c4d\u0c55-\u0c56\u0c62-\u0c63\u0c81-\u0c83\u0cbc\u0cbe-\u0cc4\u0cc6-\u0cc8\u0cca-\u0ccd\u0cd5-\u0cd6\u0ce2-\u0ce3\u0cf3\u0d00-\u0d03\u0d3b-\u0d3c\u0d3e-\u0d44\u0d46-\u0d48\u0d4a-\u0d4d\u0d57\u0d62-\u0d63\u0d81-\u0d83\u0dca\u0dcf-\u0dd4\u0dd6\u0dd8-\u0ddf\u0df2-\u0df3\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ece\u0f18-\u0f19\u0f35\u0f37\u0f39\u0f3e-\u0f3f\u0f71-\u0f84\u0f86-\u0f87\u0f8d-\u0f97\u0f99-\u0fbc\u0fc6\u102b-\u103e\u1056-\u1059\u105e-\u1060\u1062-\u1064\u1067-\u106d\u1071-\u1074\u1082-\u108d\u108f\u109a-\u109d\u135d-\u135f\u1712-\u1715\u1732-\u1734\u1752-\u1753\u1772-\u1773\u17b4-\u17d3\u17dd\u180b-\u180d\u180f\u1885-\u1886\u18a9\u1920-\u192b\u1930-\u193b\u1a17-\u1a1b\u1a55-\u1a5e\u1a60-\u1a7c\u1a7f\u1ab0-\u1add\u1ae0-\u1aeb\u1b00-\u1b04\u1b34-\u1b44\u1b6b-\u1b73\u1b80-\u1b82\u1ba1-\u1bad\u1be6-\u1bf3\u1c24-\u1c37\u1cd0-\u1cd2\u1cd4-\u1ce8\u1ced\u1cf4\u1cf7-\u1cf9\u1dc0-\u1dff\u20d0-\u20f0\u2cef-\u2cf1\u2d7f\u2de0-\u2dff\u302a-\u302f\u3099-\u309a\ua66f-\ua672\ua674-\ua67d\ua69e-\ua69f\ua6f0-\ua6f1\ua802\ua806\ua80b\ua823-\ua827\ua82c\ua880-\ua881\ua8b4-\ua8c5\ua8e0-\ua8f1\ua8ff\ua926-\ua92d\ua947-\ua953\ua980-\ua983\ua9b3-\ua9c0\ua9e5\uaa29-\uaa36\uaa43\uaa4c-\uaa4d\uaa7b-\uaa7d\uaab0\uaab2-\uaab4\uaab7-\uaab8\uaabe-\uaabf\uaac1\uaaeb-\uaaef\uaaf5-\uaaf6\uabe3-\uabea\uabec-\uabed\ufb1e\ufe00-\ufe0f\ufe20-\ufe2f\U000101fd\U000102e0\U00010376-\U0001037a\U00010a01-\U00010a03\U00010a05-\U00010a06\U00010a0c-\U00010a0f\U00010a38-\U00010a3a\U00010a3f\U00010ae5-\U00010ae6\U00010d24-\U00010d27\U00010d69-\U00010d6d\U00010eab-\U00010eac\U00010efa-\U00010eff\U00010f46-\U00010f50\U00010f82-\U00010f85\U00011000-\U00011002\U00011038-\U00011046\U00011070\U00011073-\U00011074\U0001107f-\U00011082\U000110b0-\U000110ba\U000110c2\U00011100-\U00011102\U00011127-\U00011134\U00011145-\U00011146\U00011173\U00011180-\U00011182\U000111b3-\U000111c0\U000111c9-\U000111cc\U000111ce-\U000111cf\U0001122c-\U00011237\U0001123e\U00011241\U000112df-\U000112ea\U00011300-\U00011303\U0001133b-\U0001133c\U0001133e-\U00011344\U00011347-\U00011348\U0001134b-\U0001134d\U00011357\U00011362-\U00011363\U00011366-\U0001136c\U00011370-\U00011374\U000113b8-\U000113c0\U000113c2\U000113c5\U000113c7-\U000113ca\U000113cc-\U000113d0\U000113d2\U000113e1-\U000113e2\U00011435-\U00011446\U0001145e\U000114b0-\U000114c3\U000115af-\U000115b5\U000115b8-\U000115c0\U000115dc-\U000115dd\U00011630-\U00011640\U000116ab-\U000116b7\U0001171d-\U0001172b\U0001182c-\U0001183a\U00011930-\U00011935\U00011937-\U00011938\U0001193b-\U0001193e\U00011940\U00011942-\U00011943\U000119d1-\U000119d7\U000119da-\U000119e0\U000119e4\U00011a01-\U00011a0a\U00011a33-\U00011a39\U00011a3b-\U00011a3e\U00011a47\U00011a51-\U00011a5b\U00011a8a-\U00011a99\U00011b60-\U00011b67\U00011c2f-\U00011c36\U00011c38-\U00011c3f\U00011c92-\U00011ca7\U00011ca9-\U00011cb6\U00011d31-\U00011d36\U00011d3a\U00011d3c-\U00011d3d\U00011d3f-\U00011d45\U00011d47\U00011d8a-\U00011d8e\U00011d90-\U00011d91\U00011d93-\U00011d97\U00011ef3-\U00011ef6\U00011f00-\U00011f01\U00011f03\U00011f34-\U00011f3a\U00011f3e-\U00011f42\U00011f5a\U00013440\U00013447-\U00013455\U0001611e-\U0001612f\U00016af0-\U00016af4\U00016b30-\U00016b36\U00016f4f\U00016f51-\U00016f87\U00016f8f-\U00016f92\U00016fe4\U00016ff0-\U00016ff1\U0001bc9d-\U0001bc9e\U0001cf00-\U0001cf2d\U0001cf30-\U0001cf46\U0001d165-\U0001d169\U0001d16d-\U0001d172\U0001d17b-\U0001d182\U0001d185-\U0001d18b\U0001d1aa-\U0001d1ad\U0001d242-\U0001d244\U0001da00-\U0001da36\U0001da3b-\U0001da6c\U0001da75\U0001da84\U0001da9b-\U0001da9f\U0001daa1-\U0001daaf\U0001e000-\U0001e006\U0001e008-\U0001e018\U0001e01b-\U0001e021\U0001e023-\U0001e024\U0001e026-\U0001e02a\U0001e08f\U0001e130-\U0001e136\U0001e2ae\U0001e2ec-\U0001e2ef\U0001e4ec-\U0001e4ef\U0001e5ee-\U0001e5ef\U0001e6e3\U0001e6e6\U0001e6ee-\U0001e6ef\U0001e6f5\U0001e8d0-\U0001e8d6\U0001e944-\U0001e94a\U000e0100-\U000e01ef`;
const spacing = String.raw`\u0009-\u000d\u0020\u00a0\u1680\u2000-\u200a\u2028-\u2029\u202f\u205f\u3000\ufeff`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await onEngine(db, {
    postgres: async () => {
      const { rows } = await sql<{ encoding: string; icu: boolean }>`
        select pg_encoding_to_char(encoding) as encoding, exists(select 1 from pg_collation where collname = 'und-x-icu') as icu
        from pg_database where datname = current_database()`.execute(db);
      const server = rows[0];
      if (server?.encoding !== 'UTF8') {
        throw new Error(`the database uses the ${server?.encoding ?? 'unknown'} encoding; the ledger needs a UTF8 database (CREATE DATABASE ... ENCODING 'UTF8')`);
      }
      const lowerCase = server.icu ? 'lower(letters collate "und-x-icu")' : 'lower(letters)';
      await sql.raw(`
        create or replace function fold_letters_unicode(value text) returns text
        language sql immutable strict parallel safe as $fold$
          select replace(replace(replace(translate(
            ${lowerCase.replace('letters', `normalize(regexp_replace(normalize(value, NFKD), '([${latinGreekCyrillic}])[${marks}]+', '\\1', 'g'), NFC)`)},
            'đðøłıς‘’ʼ', 'ddoliσ'''''''), 'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe')
        $fold$`).execute(db);
      await sql.raw(`
        create or replace function fold_text(value text) returns text
        language sql immutable parallel safe as $fold$
          select case
            when value ~ '^[\\x20-\\x7e]*$' then btrim(regexp_replace(lower(value collate "C"), '  +', ' ', 'g'), ' ')
            else btrim(regexp_replace(fold_letters_unicode(value), '[${spacing}]+', ' ', 'g'), ' ')
          end
        $fold$`).execute(db);
      // Most names hold no digit: their key is the folded name itself, without splitting it.
      // fold_text and name_sort_key are single expressions and not STRICT (a null gives null all the same),
      // so PostgreSQL inlines them into each query: called as functions, they cost some 30 times more.
      await sql.raw(`
        create or replace function name_sort_key_with_digits(folded text) returns text
        language sql immutable strict parallel safe as $key$
          select coalesce(string_agg(
            piece[1] || case when piece[2] = '' then ''
              else lpad(coalesce(nullif(ltrim(piece[2], '0'), ''), '0'), greatest(15, length(coalesce(nullif(ltrim(piece[2], '0'), ''), '0'))), '0') end,
            '' order by position), '')
          from regexp_matches(folded, '([^0-9]*)([0-9]*)', 'g') with ordinality as pieces(piece, position)
        $key$`).execute(db);
      await sql.raw(`
        create or replace function name_sort_key(value text) returns text
        language sql immutable parallel safe as $key$
          select case when fold_text(value) ~ '[0-9]' then name_sort_key_with_digits(fold_text(value)) else fold_text(value) end
        $key$`).execute(db);
      // Lists sort by name; with the key indexed, a page of the list reads the index instead of
      // folding every name.
      await sql`create index members_name_key on members (name_sort_key(display_name))`.execute(db);
      await sql`create index organisations_name_key on organisations (name_sort_key(name))`.execute(db);
      await sql.raw(`
        create or replace function instr(haystack text, needle text) returns integer
        language sql immutable strict parallel safe as $instr$ select strpos(haystack, needle) $instr$`).execute(db);
    },
  });
}
