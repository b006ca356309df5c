import type {
  FollowUp,
  ImplementationStatus,
  Recommendation,
  RecommendationDraft,
  RecommendationEvent,
  RecommendationEventKind,
  RecommendationKind,
  RecommendationStatus,
  RecipientKind,
  RecommendationSummary,
} from '../../../shared/domain/recommendation';
import type { FollowUpRow, RecommendationEventRow, RecommendationRow } from './recommendations-table';

export function recommendationFromRow(row: RecommendationRow): Recommendation {
  return {
    id: row.id,
    kind: row.kind as RecommendationKind,
    title: row.title,
    text: row.text,
    rationale: row.rationale,
    workingGroupId: row.working_group_id,
    workingGroupName: row.working_group_name,
    draftedOn: row.drafted_on,
    status: row.status as RecommendationStatus,
    statusOn: row.status_on,
    statusMeetingId: row.status_meeting_id,
    deferredToMeetingId: row.deferred_to_meeting_id,
    implementationStatus: row.implementation_status as ImplementationStatus | null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.row_version,
  };
}

export function summaryFromRecommendation(recommendation: Recommendation): RecommendationSummary {
  const { id, kind, title, workingGroupId, workingGroupName, draftedOn, status, statusOn, implementationStatus } =
    recommendation;
  return { id, kind, title, workingGroupId, workingGroupName, draftedOn, status, statusOn, implementationStatus };
}

export function rowFieldsFromDraft(draft: RecommendationDraft) {
  return {
    kind: draft.kind,
    title: draft.title,
    text: draft.text,
    rationale: draft.rationale,
    working_group_id: draft.workingGroupId,
    working_group_name: draft.workingGroupName,
    drafted_on: draft.draftedOn,
  };
}

export function followUpFromRow(row: FollowUpRow): FollowUp {
  return {
    id: row.id,
    recommendationId: row.recommendation_id,
    sentTo: row.sent_to,
    recipientKind: row.recipient_kind as RecipientKind,
    sentOn: row.sent_on,
    response: row.response,
    responseOn: row.response_on,
  };
}

export function eventFromRow(
  row: RecommendationEventRow,
  meetingTitles: ReadonlyMap<number, string>,
): RecommendationEvent {
  const titleOf = (id: number | null) => (id === null ? null : (meetingTitles.get(id) ?? null));
  return {
    id: row.id,
    kind: row.kind as RecommendationEventKind,
    fromValue: row.from_value,
    toValue: row.to_value,
    occurredOn: row.occurred_on,
    meetingId: row.meeting_id,
    meetingTitle: titleOf(row.meeting_id),
    deferredToMeetingId: row.deferred_to_meeting_id,
    deferredToMeetingTitle: titleOf(row.deferred_to_meeting_id),
    voteId: row.vote_id,
    followUpId: row.follow_up_id,
    note: row.note,
    recordedAt: row.recorded_at,
  };
}
