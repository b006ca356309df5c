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
 * answered a roll-call vote, moved an amendment and a floor motion; the coordinator's notes, the testimony
 * and the motions' texts mention them by name and alias.
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
  // Motions name them too: an amendment's words (kept as a version), a floor motion and its correction.
  const shown = { method: 'show_of_hands', rule: 'simple_majority', tally: { for: 2, against: 0, abstain: 1, block: 0 } } as const;
  const sponsors = { moverMemberId: memberId, seconderMemberId: others[0] };
  await ok(dispatch, 'votes.record', {
    vote: { meetingId, motion: { kind: 'amendment', recommendationId, text: `Open work permits, as ${mention.name} proposed.` }, ...sponsors, ...shown },
  });
  const floor = await ok<{ vote: { id: number } }>(dispatch, 'votes.record', {
    vote: { meetingId, motion: { kind: 'floor', title: `Thanks to ${mention.alias}`, text: `The Network thanks ${mention.name}.` }, ...sponsors, ...shown },
  });
  await ok(dispatch, 'votes.correct', {
    voteId: floor.vote.id,
    correction: { tally: { for: 3, against: 0, abstain: 0, block: 0 }, reason: `${mention.alias} abstained by mistake` },
  });
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
