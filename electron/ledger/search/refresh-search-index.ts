import { z } from 'zod';
import type { LedgerDb } from '../database';
import { searchableParts } from '../members/member-repository';
import { readSetting, writeSetting } from '../settings/settings-repository';
import { rebuildMemberIndex } from '../sqlite/member-search-index';
import { foldVersion } from './fold-text';

/** The folding the member search index was last built with (absent: before versions were kept, so 1). */
export const foldVersionSetting = 'search.foldVersion';

/**
 * The member search index holds names folded by fold-text.ts as it was when each member was saved. A
 * newer folding ("Σοφία" now folds like "ΣΟΦΙΑ") would no longer find them, so a ledger indexed with
 * another folding is re-indexed on open, in one transaction with the version it records: a crash
 * leaves the old index and the old version, and the next open does it again. Migrations cannot do
 * this: they are frozen and import no app code, and the folding is app code.
 */
export async function refreshSearchIndex(db: LedgerDb, at: string): Promise<boolean> {
  const builtWith = await readSetting(db, foldVersionSetting, z.number().int(), 1);
  if (builtWith === foldVersion) return false;
  await db.transaction().execute(async (trx) => {
    const members = await trx
      .selectFrom('members')
      .leftJoin('organisations', 'organisations.id', 'members.organisation_id')
      .select(['members.id', 'members.display_name', 'members.alias', 'members.email', 'organisations.name as organisation_name'])
      // Only members indexed now: erasure deleted a withdrawn member's entry, and it stays deleted.
      .where('members.id', 'in', trx.selectFrom('member_search').select('rowid'))
      .orderBy('members.id')
      .execute();
    await rebuildMemberIndex(
      trx,
      members.map((member) => ({
        memberId: member.id,
        parts: searchableParts({
          displayName: member.display_name,
          alias: member.alias,
          organisationName: member.organisation_name,
          email: member.email,
        }),
      })),
    );
    await writeSetting(trx, foldVersionSetting, foldVersion, at);
  });
  return true;
}
