import type { Generated, Selectable } from 'kysely';

export interface MinutesTable {
  id: Generated<number>;
  meeting_id: number;
  status: Generated<'draft' | 'circulated' | 'approved'>;
  circulated_on: string | null;
  approved_at_meeting_id: number | null;
  approved_on: string | null;
  /** The vote that approved them, when a motion did; correcting that vote can undo the approval. */
  approved_by_vote_id: Generated<number | null>;
  created_at: string;
  updated_at: string;
}

export interface MinutesSectionsTable {
  id: Generated<number>;
  minutes_id: number;
  agenda_item_id: number | null;
  position: number;
  kind: string;
  heading: string;
  notes: Generated<string>;
  decisions: Generated<string>;
}

export interface MinutesTestimoniesTable {
  id: Generated<number>;
  section_id: number;
  member_id: number | null;
  summary: string;
  created_at: string;
}

export interface ActionItemsTable {
  id: Generated<number>;
  minutes_id: number;
  section_id: number | null;
  description: string;
  owner_member_id: number | null;
  owner_name: string | null;
  due_on: string | null;
  status: Generated<'open' | 'in_progress' | 'done'>;
  /** The day it was marked done (null while not done): the quarterly report counts closings by it. */
  closed_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface MinutesAmendmentsTable {
  id: Generated<number>;
  minutes_id: number;
  section_id: number | null;
  amended_on: string;
  reason: string;
  text: string;
  created_at: string;
}

export type MinutesRow = Selectable<MinutesTable>;
export type MinutesSectionRow = Selectable<MinutesSectionsTable>;
export type ActionItemRow = Selectable<ActionItemsTable>;
export type AmendmentRow = Selectable<MinutesAmendmentsTable>;
