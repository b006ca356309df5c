import type { Generated, Insertable, Selectable } from 'kysely';

export interface VotesTable {
  id: Generated<number>;
  meeting_id: number;
  motion_kind: 'recommendation' | 'amendment' | 'procedural' | 'floor';
  procedure: 'adopt_agenda' | 'approve_minutes' | null;
  recommendation_id: number | null;
  /** The version of the recommendation's text the motion was put on (an amendment: the one it amends). */
  text_version: number | null;
  minutes_id: number | null;
  motion_title: string | null;
  motion_text: string | null;
  mover_member_id: number | null;
  seconder_member_id: number | null;
  agenda_item_id: number | null;
  method: string;
  rule: string;
  votes_for: number;
  votes_against: number;
  abstentions: number;
  blocks: number;
  members_present: number;
  voting_members: number;
  quorum_required: number;
  /** SQLite has no boolean: 0 or 1. */
  quorum_met: number;
  result: string;
  votes_needed: number | null;
  note: string | null;
  recorded_at: string;
  voided_at: string | null;
  void_reason: string | null;
}

export interface VoteCorrectionsTable {
  id: Generated<number>;
  vote_id: number;
  kind: 'corrected' | 'voided';
  reason: string;
  corrected_on: string;
  before_for: number;
  before_against: number;
  before_abstain: number;
  before_block: number;
  before_result: string;
  /** Null when voided: the vote then decides nothing. */
  after_result: string | null;
  recorded_at: string;
}

export interface VoteBallotsTable {
  vote_id: number;
  member_id: number;
  choice: string;
}

export interface VoteCategoryTalliesTable {
  vote_id: number;
  category: string;
  votes_for: number;
  votes_against: number;
  abstentions: number;
  blocks: number;
}

export type VoteRow = Selectable<VotesTable>;
export type NewVoteRow = Insertable<VotesTable>;
