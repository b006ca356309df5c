import type { VoteSetup } from '../../../shared/contract/votes';
import { stakeholderCategories } from '../../../shared/domain/stakeholder-categories';
import { notFound } from '../../domain-error';
import type { Executor } from '../database';
import { findMeeting } from '../meetings/meeting-repository';
import { listRecommendations } from '../recommendations/recommendation-repository';
import { attendanceAtVote } from './attendance-at-vote';

export async function readVoteSetup(db: Executor, meetingId: number): Promise<VoteSetup> {
  const meeting = await findMeeting(db, meetingId);
  if (!meeting) throw notFound('meeting', meetingId);
  const attendance = await attendanceAtVote(db, meeting);
  const page = { search: '', workingGroupId: null, kind: null, quarter: null, offset: 0, limit: 500 } as const;
  const [tabled, deferred] = await Promise.all([
    listRecommendations(db, { ...page, status: 'tabled' }),
    listRecommendations(db, { ...page, status: 'deferred' }),
  ]);
  const decisionItems = await db
    .selectFrom('agenda_items')
    .select(['id', 'title'])
    .where('meeting_id', '=', meetingId)
    .where('kind', '=', 'decision')
    .orderBy('position')
    .execute();
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
    recommendations: [...tabled.items, ...deferred.items],
    decisionItems,
  };
}
