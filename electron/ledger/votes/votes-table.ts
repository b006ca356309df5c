import type { Generated, Insertable, Selectable } from 'kysely';

export interface VotesTable {
  id: Generated<number>;
  meeting_id: number;
  recommendation_id: number;
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
