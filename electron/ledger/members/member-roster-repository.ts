import type { Member } from '../../../shared/domain/member';
import type { Executor } from '../database';
import { memberFromRow } from './member-mapping';

/** Every member with every field, in name order, for the roster export; two queries whatever the size. */
export async function listAllMembers(db: Executor): Promise<Member[]> {
  const rows = await db
    .selectFrom('members')
    .leftJoin('organisations', 'organisations.id', 'members.organisation_id')
    .selectAll('members')
    .select('organisations.name as organisation_name')
    .orderBy('members.display_name')
    .orderBy('members.id')
    .execute();
  const languageRows = await db
    .selectFrom('member_languages')
    .select(['member_id', 'language_code'])
    .orderBy('member_id')
    .orderBy('position')
    .execute();
  const languages = new Map<number, string[]>();
  for (const row of languageRows) {
    const list = languages.get(row.member_id) ?? [];
    list.push(row.language_code);
    languages.set(row.member_id, list);
  }
  return rows.map((row) => memberFromRow(row, languages.get(row.id) ?? []));
}
