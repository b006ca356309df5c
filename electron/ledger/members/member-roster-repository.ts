import type { Member } from '../../../shared/domain/member';
import type { Executor } from '../database';
import { memberFromRow } from './member-mapping';
import type { ProvinceCode } from '../../../shared/domain/provinces';

/**
 * Every member (of one province or territory, or of the whole Network when province is null) with
 * every field, in name order, for the roster export; two queries whatever the size.
 */
export async function listAllMembers(db: Executor, province: ProvinceCode | null = null): Promise<Member[]> {
  let query = db
    .selectFrom('members')
    .leftJoin('organisations', 'organisations.id', 'members.organisation_id')
    .selectAll('members')
    .select('organisations.name as organisation_name')
    .orderBy('members.display_name')
    .orderBy('members.id');
  if (province) query = query.where('members.province', '=', province);
  const rows = await query.execute();
  let languageQuery = db
    .selectFrom('member_languages')
    .select(['member_id', 'language_code'])
    .orderBy('member_id')
    .orderBy('position');
  if (province) {
    languageQuery = languageQuery.where('member_id', 'in', (eb) => eb.selectFrom('members').select('id').where('province', '=', province));
  }
  const languageRows = await languageQuery.execute();
  const languages = new Map<number, string[]>();
  for (const row of languageRows) {
    const list = languages.get(row.member_id) ?? [];
    list.push(row.language_code);
    languages.set(row.member_id, list);
  }
  return rows.map((row) => memberFromRow(row, languages.get(row.id) ?? []));
}
