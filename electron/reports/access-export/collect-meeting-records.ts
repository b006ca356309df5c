import type { Presence } from '../../../shared/domain/attendance';
import type { MeetingKind } from '../../../shared/domain/meeting';
import type { ActionItemStatus } from '../../../shared/domain/minutes';
import type { BallotChoice } from '../../../shared/domain/vote-rules';
import type { Executor } from '../../ledger/database';
import type {
  AttendedMeeting,
  CastBallot,
  OwnedActionItem,
  RecordedTestimony,
  SponsoredMotion,
} from './access-export-data';

/** Every roll-call row for the member, oldest meeting first. */
export async function attendedMeetings(db: Executor, memberId: number): Promise<AttendedMeeting[]> {
  const rows = await db
    .selectFrom('meeting_attendance')
    .innerJoin('meetings', 'meetings.id', 'meeting_attendance.meeting_id')
    .select(['meetings.held_on', 'meetings.title', 'meetings.kind', 'meeting_attendance.presence'])
    .where('meeting_attendance.member_id', '=', memberId)
    .orderBy('meetings.held_on')
    .orderBy('meetings.id')
    .execute();
  return rows.map((row) => ({
    date: row.held_on,
    title: row.title,
    kind: row.kind as MeetingKind,
    presence: row.presence as Presence,
  }));
}

/** What a vote was on, in the export's words: votes are on motions, not only recommendations. */
function motionLabel(row: {
  motion_kind: string;
  procedure: string | null;
  motion_title: string | null;
  recommendation_title: string | null;
  minuted_title: string | null;
}): string {
  if (row.motion_kind === 'amendment') return `Amendment to “${row.recommendation_title ?? ''}”`;
  if (row.motion_kind === 'floor') return row.motion_title ?? '';
  if (row.procedure === 'adopt_agenda') return 'Adopting the agenda';
  if (row.procedure === 'approve_minutes')
    return `Approving the minutes of ${row.minuted_title ?? 'an earlier meeting'}`;
  return row.recommendation_title ?? '';
}

/** Votes with their meeting and what their motion names, oldest first, for both lists below. */
function votesWithMotion(db: Executor) {
  return db
    .selectFrom('votes')
    .innerJoin('meetings', 'meetings.id', 'votes.meeting_id')
    .leftJoin('recommendations', 'recommendations.id', 'votes.recommendation_id')
    .leftJoin('minutes', 'minutes.id', 'votes.minutes_id')
    .leftJoin('meetings as minuted', 'minuted.id', 'minutes.meeting_id')
    .select([
      'meetings.held_on',
      'meetings.title as meeting_title',
      'votes.motion_kind',
      'votes.procedure',
      'votes.motion_title',
      'recommendations.title as recommendation_title',
      'minuted.title as minuted_title',
    ])
    .orderBy('meetings.held_on')
    .orderBy('votes.id');
}

export async function castBallots(db: Executor, memberId: number): Promise<CastBallot[]> {
  const rows = await votesWithMotion(db)
    .innerJoin('vote_ballots', 'vote_ballots.vote_id', 'votes.id')
    .select('vote_ballots.choice')
    .where('vote_ballots.member_id', '=', memberId)
    .execute();
  return rows.map((row) => ({
    date: row.held_on,
    meetingTitle: row.meeting_title,
    recommendationTitle: motionLabel(row),
    choice: row.choice as BallotChoice,
  }));
}

/** Motions the member moved or seconded: the minutes record that too, so the export must. */
export async function sponsoredMotions(db: Executor, memberId: number): Promise<SponsoredMotion[]> {
  const rows = await votesWithMotion(db)
    .select('votes.mover_member_id')
    .where((eb) => eb.or([eb('votes.mover_member_id', '=', memberId), eb('votes.seconder_member_id', '=', memberId)]))
    .execute();
  return rows.map((row) => ({
    date: row.held_on,
    meetingTitle: row.meeting_title,
    motion: motionLabel(row),
    role: row.mover_member_id === memberId ? 'moved' : 'seconded',
  }));
}

export async function recordedTestimonies(db: Executor, memberId: number): Promise<RecordedTestimony[]> {
  const rows = await db
    .selectFrom('minutes_testimonies')
    .innerJoin('minutes_sections', 'minutes_sections.id', 'minutes_testimonies.section_id')
    .innerJoin('minutes', 'minutes.id', 'minutes_sections.minutes_id')
    .innerJoin('meetings', 'meetings.id', 'minutes.meeting_id')
    .select(['meetings.held_on', 'meetings.title', 'minutes_testimonies.summary'])
    .where('minutes_testimonies.member_id', '=', memberId)
    .orderBy('meetings.held_on')
    .orderBy('minutes_testimonies.id')
    .execute();
  return rows.map((row) => ({ date: row.held_on, meetingTitle: row.title, summary: row.summary }));
}

export async function ownedActionItems(db: Executor, memberId: number): Promise<OwnedActionItem[]> {
  const rows = await db
    .selectFrom('action_items')
    .innerJoin('minutes', 'minutes.id', 'action_items.minutes_id')
    .innerJoin('meetings', 'meetings.id', 'minutes.meeting_id')
    .select(['meetings.title', 'action_items.description', 'action_items.due_on', 'action_items.status'])
    .where('action_items.owner_member_id', '=', memberId)
    .orderBy('meetings.held_on')
    .orderBy('action_items.id')
    .execute();
  return rows.map((row) => ({
    meetingTitle: row.title,
    description: row.description,
    dueOn: row.due_on,
    status: row.status as ActionItemStatus,
  }));
}
