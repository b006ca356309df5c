import type { Executor } from '../database';

export interface MemberIdentity {
  id: number;
  displayName: string;
  email: string | null;
  organisationName: string | null;
}

/** What telling one member from another needs (imports look for duplicates), for every member at once. */
export async function listMemberIdentities(db: Executor): Promise<MemberIdentity[]> {
  const rows = await db
    .selectFrom('members')
    .leftJoin('organisations', 'organisations.id', 'members.organisation_id')
    .select(['members.id', 'members.display_name', 'members.email', 'organisations.name as organisation_name'])
    .execute();
  return rows.map((row) => ({
    id: row.id,
    displayName: row.display_name,
    email: row.email,
    organisationName: row.organisation_name,
  }));
}
