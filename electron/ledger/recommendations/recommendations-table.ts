import type { Generated, Insertable, Selectable } from 'kysely';

export interface RecommendationsTable {
  id: Generated<number>;
  kind: string;
  title: string;
  text: string;
  rationale: string | null;
  working_group_id: number | null;
  working_group_name: string | null;
  drafted_on: string;
  status: string;
  status_on: string;
  status_meeting_id: number | null;
  deferred_to_meeting_id: number | null;
  implementation_status: string | null;
  created_at: string;
  updated_at: string;
}

export interface RecommendationFollowUpsTable {
  id: Generated<number>;
  recommendation_id: number;
  sent_to: string;
  recipient_kind: string;
  sent_on: string;
  response: string | null;
  response_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface RecommendationEventsTable {
  id: Generated<number>;
  recommendation_id: number;
  kind: string;
  from_value: string | null;
  to_value: string | null;
  occurred_on: string;
  meeting_id: number | null;
  deferred_to_meeting_id: number | null;
  vote_id: number | null;
  follow_up_id: number | null;
  note: string | null;
  recorded_at: string;
}

export interface RecommendationVersionsTable {
  id: Generated<number>;
  recommendation_id: number;
  number: number;
  text: string;
  source: 'drafted' | 'revised' | 'amended' | 'restored';
  vote_id: number | null;
  made_on: string;
  recorded_at: string;
}

export type RecommendationRow = Selectable<RecommendationsTable>;
export type NewRecommendationRow = Insertable<RecommendationsTable>;
export type FollowUpRow = Selectable<RecommendationFollowUpsTable>;
export type RecommendationEventRow = Selectable<RecommendationEventsTable>;
export type NewRecommendationEventRow = Insertable<RecommendationEventsTable>;
