import type { LanguageCode } from '../../../shared/domain/languages';
import type { Meeting } from '../../../shared/domain/meeting';
import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import type { Executor } from '../database';
import { isExpectedAt } from '../meetings/expected-members';

/** A member the meeting expects, with what deciding on their notice needs. */
export interface NoticeCandidate {
  id: number;
  displayName: string;
  alias: string | null;
  category: StakeholderCategory;
  mayBeNamed: boolean;
  mayContact: boolean;
  email: string | null;
  preferredLanguage: LanguageCode | null;
}

/**
 * The meeting's expected members (plenary: every active member; working group: its members) and
 * anyone the coordinator added to its roll call. Withdrawn members are left out here, in the query:
 * their contact details are erased and they asked to hear nothing more.
 */
export async function listNoticeCandidates(db: Executor, meeting: Meeting): Promise<NoticeCandidate[]> {
  const rows = await db
    .selectFrom('members')
    .leftJoin('meeting_attendance as attendance', (join) =>
      join.onRef('attendance.member_id', '=', 'members.id').on('attendance.meeting_id', '=', meeting.id),
    )
    .select([
      'members.id',
      'members.display_name',
      'members.alias',
      'members.category',
      'members.may_be_named',
      'members.may_contact',
      'members.email',
      'members.preferred_language',
    ])
    .where('members.withdrawn_at', 'is', null)
    .where((eb) => eb.or([isExpectedAt(meeting)(eb), eb('attendance.added', '=', 1)]))
    .orderBy('members.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    displayName: row.display_name,
    alias: row.alias,
    category: row.category as StakeholderCategory,
    mayBeNamed: row.may_be_named === 1,
    mayContact: row.may_contact === 1,
    email: row.email,
    preferredLanguage: row.preferred_language as LanguageCode | null,
  }));
}
