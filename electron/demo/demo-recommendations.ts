import type { Transaction } from 'kysely';
import { todayIsoDate } from '../../shared/domain/dates';
import { followUpDraftSchema, recommendationDraftSchema, statusChangeSchema } from '../../shared/domain/recommendation';
import { voteDraftSchema } from '../../shared/domain/vote';
import type { AuditTrail } from '../ledger/audit/audit-log';
import type { Database } from '../ledger/database';
import { findMeeting } from '../ledger/meetings/meeting-repository';
import { addFollowUpIn } from '../ledger/recommendations/recommendation-follow-up-service';
import { applyStatusChange, createRecommendationIn } from '../ledger/recommendations/recommendation-service';
import { updateRecommendationState } from '../ledger/recommendations/recommendation-repository';
import { appendEvent } from '../ledger/recommendations/recommendation-trail-repository';
import { attendanceAtVote } from '../ledger/votes/attendance-at-vote';
import { recordVoteIn } from '../ledger/votes/vote-service';

function daysFrom(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

async function plenaryIds(trx: Transaction<Database>) {
  const rows = await trx
    .selectFrom('meetings')
    .select(['id', 'status'])
    .where('kind', '=', 'plenary')
    .orderBy('held_on')
    .execute();
  return {
    held: rows.find((row) => row.status === 'held')?.id,
    planned: rows.find((row) => row.status === 'planned')?.id,
  };
}

/**
 * Three recommendations through the same services the coordinator uses: one adopted at the held
 * plenary by a show of hands and answered by ESDC, one deferred to the next plenary, one still a draft.
 */
export async function loadDemoRecommendations(
  trx: Transaction<Database>,
  audit: AuditTrail,
  now: Date,
): Promise<number> {
  const at = now.toISOString();
  const today = todayIsoDate(now);
  const { held, planned } = await plenaryIds(trx);
  const heldMeeting = held === undefined ? undefined : await findMeeting(trx, held);
  if (!heldMeeting || planned === undefined) return 0;

  const groups = new Map(
    (await trx.selectFrom('working_groups').select(['id', 'name']).execute()).map((row) => [row.name, row.id]),
  );
  // Linked to the demo registry's group when it has one of that name; the name alone otherwise.
  const draft = (
    title: string,
    kind: 'policy' | 'funding' | 'community_action',
    group: string,
    draftedOn: string,
    text: string,
  ) =>
    recommendationDraftSchema.parse({
      kind,
      title,
      text,
      rationale: null,
      workingGroupId: groups.get(group) ?? null,
      workingGroupName: group,
      draftedOn,
    });
  const housing = await createRecommendationIn(
    trx,
    audit,
    draft(
      'Unannounced inspections of employer-provided housing',
      'policy',
      'Policy working group',
      daysFrom(heldMeeting.heldOn, -40),
      'The Network recommends that housing provided by employers of seasonal workers be inspected without notice at least once a season.',
    ),
    at,
  );
  const interpretation = await createRecommendationIn(
    trx,
    audit,
    draft(
      'Core funding for interpretation at worker forums',
      'funding',
      'Funding working group',
      daysFrom(heldMeeting.heldOn, -30),
      'The Network recommends that interpretation at migrant workers’ forums be funded as a core cost, not a project cost.',
    ),
    at,
  );
  await createRecommendationIn(
    trx,
    audit,
    draft(
      'Know-your-rights cards in six languages',
      'community_action',
      'Community action working group',
      daysFrom(today, -5),
      'The Network recommends printing wallet cards on workers’ rights in Spanish, Tagalog, Punjabi, Vietnamese, Mandarin and English.',
    ),
    at,
  );

  for (const id of [housing, interpretation]) {
    const tabled = statusChangeSchema.parse({ to: 'tabled', on: daysFrom(heldMeeting.heldOn, -14), meetingId: held });
    await applyStatusChange(trx, audit, id, tabled, at);
  }
  const { quorum, present } = await attendanceAtVote(trx, heldMeeting);
  const against = Math.floor(quorum.present / 6);
  const abstain = Math.min(2, quorum.present - against);
  const tally = { for: Math.max(0, quorum.present - against - abstain), against, abstain, block: 0 };
  // Moved by the working group's people as the demo has them: the first two members present.
  const [mover, seconder] = present;
  if (!mover || !seconder) return 3;
  const vote = voteDraftSchema.parse({
    meetingId: held,
    motion: { kind: 'recommendation', recommendationId: housing },
    moverMemberId: mover.memberId,
    seconderMemberId: seconder.memberId,
    method: 'show_of_hands',
    rule: 'simple_majority',
    tally,
  });
  const { recommendation } = await recordVoteIn(trx, audit, vote, at);
  if (recommendation?.status === 'adopted') {
    const sentOn = daysFrom(heldMeeting.heldOn, 10);
    const followUp = followUpDraftSchema.parse({
      sentTo: 'Employment and Social Development Canada',
      recipientKind: 'government',
      sentOn,
      response: 'Acknowledged; an inspection pilot is being considered for next season.',
      responseOn: daysFrom(sentOn, 21),
    });
    await addFollowUpIn(trx, audit, housing, followUp, at);
    await updateRecommendationState(trx, housing, { implementation_status: 'in_progress' }, at);
    await appendEvent(trx, {
      recommendation_id: housing,
      kind: 'implementation',
      from_value: 'not_started',
      to_value: 'in_progress',
      occurred_on: daysFrom(sentOn, 21),
      meeting_id: null,
      deferred_to_meeting_id: null,
      vote_id: null,
      follow_up_id: null,
      note: null,
      recorded_at: at,
    });
  }
  const deferral = statusChangeSchema.parse({
    to: 'deferred',
    on: heldMeeting.heldOn,
    meetingId: held,
    deferredToMeetingId: planned,
    note: 'Awaiting the funder’s budget cycle.',
  });
  await applyStatusChange(trx, audit, interpretation, deferral, at);
  return 3;
}
