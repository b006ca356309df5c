import type { Meeting } from '../../../shared/domain/meeting';
import type { Presence, RollCallEntry } from '../../../shared/domain/attendance';
import type { LanguageCode } from '../../../shared/domain/languages';
import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import { nameOnAgenda } from '../../../shared/domain/worker-safe-name';
import type { ExpressionBuilder } from 'kysely';
import type { Database, Executor } from '../database';
import { isExpectedAt } from './expected-members';

/** English is the meetings' working language. */
const workingLanguage = 'en';

/**
 * Until the coordinator says otherwise, a member who does not speak English needs interpretation
 * into their preferred language (or the first language they listed).
 */
function defaultInterpretation(
  speaksWorkingLanguage: boolean,
  preferredLanguage: string | null,
  firstLanguage: string | null,
): LanguageCode | null {
  if (speaksWorkingLanguage) return null;
  const language = preferredLanguage ?? firstLanguage;
  return language && language !== workingLanguage ? (language as LanguageCode) : null;
}

const speaksWorkingLanguage = (eb: ExpressionBuilder<Database, 'members'>) =>
  eb
    .exists(
      eb
        .selectFrom('member_languages as spoken')
        .select('spoken.member_id')
        .whereRef('spoken.member_id', '=', 'members.id')
        .where('spoken.language_code', '=', workingLanguage),
    )
    .as('speaks_working_language');

const firstLanguage = (eb: ExpressionBuilder<Database, 'members'>) =>
  eb
    .selectFrom('member_languages as first')
    .select('first.language_code')
    .whereRef('first.member_id', '=', 'members.id')
    .orderBy('first.position')
    .limit(1)
    .as('first_language');

/** The interpretation an attendee needs: the coordinator's choice, or the default rule. */
function neededInterpretation(row: {
  interpretation_overridden: number | null;
  interpretation_language: string | null;
  speaks_working_language: unknown;
  preferred_language: string | null;
  first_language: string | null;
}): LanguageCode | null {
  return row.interpretation_overridden === 1
    ? (row.interpretation_language as LanguageCode | null)
    : defaultInterpretation(Boolean(row.speaks_working_language), row.preferred_language, row.first_language);
}

/** The roll call: expected members plus anyone added, each with their mark (unmarked if none yet). */
export async function listRollCall(db: Executor, meeting: Meeting): Promise<RollCallEntry[]> {
  const rows = await db
    .selectFrom('members')
    .leftJoin('meeting_attendance as attendance', (join) =>
      join.onRef('attendance.member_id', '=', 'members.id').on('attendance.meeting_id', '=', meeting.id),
    )
    .select([
      (eb) => isExpectedAt(meeting)(eb).as('expected'),
      'members.id',
      'members.display_name',
      'members.alias',
      'members.category',
      'members.may_be_named',
      'members.preferred_language',
      'members.withdrawn_at',
      'attendance.presence',
      'attendance.interpretation_language',
      'attendance.interpretation_overridden',
      speaksWorkingLanguage,
      firstLanguage,
    ])
    .where((eb) => eb.or([isExpectedAt(meeting)(eb), eb('attendance.member_id', 'is not', null)]))
    .orderBy('members.id')
    .execute();
  return rows.map((row) => {
    const { name, isAlias } = nameOnAgenda({
      id: row.id,
      displayName: row.display_name,
      alias: row.alias,
      category: row.category as StakeholderCategory,
      mayBeNamed: row.may_be_named === 1,
      withdrawn: row.withdrawn_at !== null,
    });
    return {
      memberId: row.id,
      name,
      isAlias,
      category: row.category as StakeholderCategory,
      expected: Boolean(row.expected),
      presence: row.presence ?? 'unmarked',
      interpretationLanguage: neededInterpretation(row),
    };
  });
}

export async function findAttendanceRow(db: Executor, meetingId: number, memberId: number) {
  return db
    .selectFrom('meeting_attendance')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
}

/** Adds a member to the roll call (marked or not); keeps an existing mark. */
export async function addToRollCall(
  db: Executor,
  meetingId: number,
  memberId: number,
  added: boolean,
  at: string,
): Promise<void> {
  await db
    .insertInto('meeting_attendance')
    .values({ meeting_id: meetingId, member_id: memberId, added: added ? 1 : 0, updated_at: at })
    .onConflict((conflict) => conflict.columns(['meeting_id', 'member_id']).doNothing())
    .execute();
}

export async function setPresence(
  db: Executor,
  meetingId: number,
  memberId: number,
  presence: Presence,
  at: string,
): Promise<void> {
  await db
    .insertInto('meeting_attendance')
    .values({ meeting_id: meetingId, member_id: memberId, presence, updated_at: at })
    .onConflict((conflict) => conflict.columns(['meeting_id', 'member_id']).doUpdateSet({ presence, updated_at: at }))
    .execute();
}

export async function setInterpretationNeed(
  db: Executor,
  meetingId: number,
  memberId: number,
  language: LanguageCode | null,
  at: string,
): Promise<void> {
  const values = { interpretation_language: language, interpretation_overridden: 1, updated_at: at };
  await db
    .insertInto('meeting_attendance')
    .values({ meeting_id: meetingId, member_id: memberId, ...values })
    .onConflict((conflict) => conflict.columns(['meeting_id', 'member_id']).doUpdateSet(values))
    .execute();
}

// A plenary may expect thousands of members: rows go in multi-row statements, well under SQLite's parameter limit.
const rowsPerStatement = 500;

/** Marks every unmarked person on the roll call present in person; regrets and other marks stay. */
export async function markAllUnmarkedPresent(db: Executor, meeting: Meeting, at: string): Promise<number> {
  const unmarked = (await listRollCall(db, meeting)).filter((entry) => entry.presence === 'unmarked');
  for (let start = 0; start < unmarked.length; start += rowsPerStatement) {
    const batch = unmarked.slice(start, start + rowsPerStatement);
    await db
      .insertInto('meeting_attendance')
      .values(
        batch.map((entry) => ({
          meeting_id: meeting.id,
          member_id: entry.memberId,
          presence: 'in_person' as const,
          updated_at: at,
        })),
      )
      .onConflict((conflict) =>
        conflict
          .columns(['meeting_id', 'member_id'])
          .doUpdateSet({ presence: 'in_person', updated_at: at })
          .where('meeting_attendance.presence', '=', 'unmarked'),
      )
      .execute();
  }
  return unmarked.length;
}

export async function listGuests(
  db: Executor,
  meetingId: number,
): Promise<{ category: StakeholderCategory; count: number }[]> {
  const rows = await db
    .selectFrom('meeting_guests')
    .select(['category', 'count'])
    .where('meeting_id', '=', meetingId)
    .where('count', '>', 0)
    .execute();
  return rows.map((row) => ({ category: row.category as StakeholderCategory, count: row.count }));
}

export async function setGuestCount(
  db: Executor,
  meetingId: number,
  category: StakeholderCategory,
  count: number,
): Promise<void> {
  await db
    .insertInto('meeting_guests')
    .values({ meeting_id: meetingId, category, count })
    .onConflict((conflict) => conflict.columns(['meeting_id', 'category']).doUpdateSet({ count }))
    .execute();
}

/** Ids of members marked present (in person or remotely): what votes and quorum count. */
export async function presentMemberIds(db: Executor, meetingId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('meeting_attendance')
    .select('member_id')
    .where('meeting_id', '=', meetingId)
    .where('presence', 'in', ['in_person', 'remote'])
    .orderBy('member_id')
    .execute();
  return rows.map((row) => row.member_id);
}

/**
 * How many distinct members used each interpretation language at the held meetings of a period:
 * present, and needing that language (the coordinator's choice, or the default rule above).
 */
export async function countInterpretationUsers(
  db: Executor,
  startsOn: string,
  endsOn: string,
  /** Only at the meetings held in this province or territory, when given. */
  province: string | null = null,
): Promise<Map<LanguageCode, number>> {
  const rows = await db
    .selectFrom('meeting_attendance as attendance')
    .innerJoin('meetings', 'meetings.id', 'attendance.meeting_id')
    .innerJoin('members', 'members.id', 'attendance.member_id')
    .select([
      'members.id',
      'members.preferred_language',
      'attendance.interpretation_language',
      'attendance.interpretation_overridden',
      speaksWorkingLanguage,
      firstLanguage,
    ])
    .where('meetings.status', '=', 'held')
    .where('meetings.held_on', '>=', startsOn)
    .where('meetings.held_on', '<=', endsOn)
    .where('attendance.presence', 'in', ['in_person', 'remote'])
    .$if(province !== null, (qb) => qb.where('meetings.province', '=', province!))
    .execute();
  const users = new Map<LanguageCode, Set<number>>();
  for (const row of rows) {
    const language = neededInterpretation(row);
    if (language === null) continue;
    users.set(language, (users.get(language) ?? new Set()).add(row.id));
  }
  return new Map([...users].map(([language, members]) => [language, members.size]));
}
