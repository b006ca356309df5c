import type { VoteSetup } from '../../../shared/contract/votes';
import { stakeholderCategories } from '../../../shared/domain/stakeholder-categories';
import { notFound } from '../../domain-error';
import type { Executor } from '../database';
import { findMeeting } from '../meetings/meeting-repository';
import { listRecommendations } from '../recommendations/recommendation-repository';
import { attendanceAtVote } from './attendance-at-vote';
import { agendaAdoptedBy } from './vote-repository';

async function recommendationsUpForDecision(db: Executor): Promise<VoteSetup['recommendations']> {
  const page = { search: '', workingGroupId: null, kind: null, quarter: null, offset: 0, limit: 500 } as const;
  const [tabled, deferred] = await Promise.all([
    listRecommendations(db, { ...page, status: 'tabled' }),
    listRecommendations(db, { ...page, status: 'deferred' }),
  ]);
  const items = [...tabled.items, ...deferred.items];
  if (items.length === 0) return [];
  const texts = await db
    .selectFrom('recommendations')
    .select(['id', 'text'])
    .where(
      'id',
      'in',
      items.map((item) => item.id),
    )
    .execute();
  const textOf = new Map(texts.map((row) => [row.id, row.text]));
  return items.map((item) => ({ ...item, text: textOf.get(item.id) ?? '' }));
}

/** Circulated minutes of meetings held before this one: what a motion here may approve. */
async function minutesToApprove(db: Executor, heldOn: string): Promise<VoteSetup['minutesToApprove']> {
  return db
    .selectFrom('minutes')
    .innerJoin('meetings', 'meetings.id', 'minutes.meeting_id')
    .select([
      'minutes.id as minutesId',
      'meetings.title as meetingTitle',
      'meetings.held_on as heldOn',
      'minutes.status',
    ])
    .where('minutes.status', '=', 'circulated')
    .where('meetings.held_on', '<', heldOn)
    .orderBy('meetings.held_on', 'desc')
    .execute();
}

export async function readVoteSetup(db: Executor, meetingId: number): Promise<VoteSetup> {
  const meeting = await findMeeting(db, meetingId);
  if (!meeting) throw notFound('meeting', meetingId);
  const attendance = await attendanceAtVote(db, meeting);
  const agendaItems = await db
    .selectFrom('agenda_items')
    .select(['id', 'title', 'kind'])
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .execute();
  const minutes = await db
    .selectFrom('minutes')
    .select('status')
    .where('meeting_id', '=', meetingId)
    .executeTakeFirst();
  return {
    meeting: {
      id: meeting.id,
      title: meeting.title,
      heldOn: meeting.heldOn,
      kind: meeting.kind,
      status: meeting.status,
    },
    present: attendance.present.map(({ memberId, name, isAlias, category }) => ({ memberId, name, isAlias, category })),
    presentByCategory: stakeholderCategories
      .map((category) => ({ category, count: attendance.presentByCategory.get(category) ?? 0 }))
      .filter((entry) => entry.count > 0),
    quorum: attendance.quorum,
    recommendations: await recommendationsUpForDecision(db),
    decisionItems: agendaItems.filter((item) => item.kind === 'decision').map(({ id, title }) => ({ id, title })),
    agendaItems,
    minutesToApprove: await minutesToApprove(db, meeting.heldOn),
    agendaAdopted: (await agendaAdoptedBy(db, meetingId, null)) !== undefined,
    minutesLocked: minutes?.status === 'approved',
  };
}
