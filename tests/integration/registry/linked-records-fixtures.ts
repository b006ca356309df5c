import type { Dispatch } from '../../../electron/handlers/dispatch';
import type { MeetingDetail } from '../../../shared/domain/meeting-detail';
import type { Minutes } from '../../../shared/domain/minutes';
import type { RecommendationDetail } from '../../../shared/contract/recommendations';
import { meetingInput } from '../meetings/meeting-fixtures';
import { recommendationInput } from '../recommendations/recommendation-fixtures';
import { addMember, ok } from './registry-fixtures';

export interface LinkedRecords {
  meetingId: number;
  minutesId: number;
  voteId: number;
  otherMemberIds: number[];
}

/**
 * A held plenary the member attended remotely, where they gave testimony, own an action item and
 * answered a roll-call vote; the coordinator's notes and the testimony text mention them by name and alias.
 */
export async function recordLinkedRecords(
  dispatch: Dispatch,
  memberId: number,
  mention: { name: string; alias: string },
): Promise<LinkedRecords> {
  const others = [
    await addMember(dispatch, { displayName: 'Pat Union', category: 'union' }),
    await addMember(dispatch, { displayName: 'Sam Settlement', category: 'settlement_agency' }),
  ];
  const created = await ok<MeetingDetail>(dispatch, 'meetings.create', {
    meeting: meetingInput({ title: 'Winter plenary', heldOn: '2026-12-05', status: 'held' }),
  });
  const meetingId = created.meeting.id;
  await ok(dispatch, 'meetings.rollCall.mark', { meetingId, memberId, presence: 'remote' });
  for (const other of others) await ok(dispatch, 'meetings.rollCall.mark', { meetingId, memberId: other, presence: 'in_person' });

  let minutes = await ok<Minutes>(dispatch, 'minutes.start', { meetingId });
  const section = minutes.sections[0];
  if (!section) throw new Error('the plenary template gave no minutes section');
  await ok(dispatch, 'minutes.testimony.add', {
    sectionId: section.id,
    testimony: { memberId, summary: `${mention.alias} described unpaid overtime; ${mention.name} asked for follow-up.` },
  });
  await ok(dispatch, 'minutes.section.update', {
    sectionId: section.id,
    notes: `${mention.name.toUpperCase()} spoke first. Thanks to ${mention.alias} for translating.`,
    decisions: 'Refer housing to the policy group.',
  });
  minutes = await ok<Minutes>(dispatch, 'minutes.actionItems.add', {
    minutesId: minutes.id,
    item: { description: `Call ${mention.name} about the housing survey`, sectionId: section.id, ownerMemberId: memberId, ownerName: null, dueOn: '2027-01-15', status: 'open' },
  });

  const recommendation = await ok<RecommendationDetail>(dispatch, 'recommendations.create', { recommendation: recommendationInput() });
  const recommendationId = recommendation.recommendation.id;
  await ok(dispatch, 'recommendations.changeStatus', { id: recommendationId, change: { to: 'tabled', on: '2026-11-20', meetingId } });
  const { vote } = await ok<{ vote: { id: number } }>(dispatch, 'votes.record', {
    vote: {
      meetingId,
      motion: { kind: 'recommendation', recommendationId },
      moverMemberId: memberId,
      seconderMemberId: others[0],
      method: 'roll_call',
      rule: 'simple_majority',
      ballots: [
        { memberId, choice: 'for' },
        { memberId: others[0], choice: 'for' },
        { memberId: others[1], choice: 'abstain' },
      ],
    },
  });
  return { meetingId, minutesId: minutes.id, voteId: vote.id, otherMemberIds: others };
}
