import type { AgendaItem, AgendaItemKind } from '../../../shared/domain/agenda';
import type { Minutes, MinutesSection } from '../../../shared/domain/minutes';
import { canEditMinutes, type MinutesStatus } from '../../../shared/domain/minutes-state';
import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import { nameInTestimony } from '../../../shared/domain/worker-safe-name';
import type { Executor } from '../database';
import { listActionItems } from './action-item-repository';
import type { MinutesRow } from './minutes-table';

export async function findMinutesRow(db: Executor, id: number): Promise<MinutesRow | undefined> {
  return db.selectFrom('minutes').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The status of each meeting's minutes, for the meetings that have some. */
export async function minutesStatusByMeeting(db: Executor): Promise<Map<number, MinutesRow['status']>> {
  const rows = await db.selectFrom('minutes').select(['meeting_id', 'status']).execute();
  return new Map(rows.map((row) => [row.meeting_id, row.status]));
}

export async function findMinutesIdForMeeting(db: Executor, meetingId: number): Promise<number | undefined> {
  const row = await db.selectFrom('minutes').select('id').where('meeting_id', '=', meetingId).executeTakeFirst();
  return row?.id;
}

async function listSections(db: Executor, minutesId: number): Promise<MinutesSection[]> {
  const sections = await db
    .selectFrom('minutes_sections')
    .selectAll()
    .where('minutes_id', '=', minutesId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const testimonies = await db
    .selectFrom('minutes_testimonies')
    .innerJoin('minutes_sections', 'minutes_sections.id', 'minutes_testimonies.section_id')
    .leftJoin('members', 'members.id', 'minutes_testimonies.member_id')
    .select([
      'minutes_testimonies.id',
      'minutes_testimonies.section_id',
      'minutes_testimonies.member_id',
      'minutes_testimonies.summary',
      'members.display_name',
      'members.alias',
      'members.category',
      'members.may_be_named',
      'members.withdrawn_at',
    ])
    .where('minutes_sections.minutes_id', '=', minutesId)
    .orderBy('minutes_testimonies.id')
    .execute();
  return sections.map((section) => ({
    id: section.id,
    agendaItemId: section.agenda_item_id,
    position: section.position,
    kind: section.kind as AgendaItemKind,
    heading: section.heading,
    notes: section.notes,
    decisions: section.decisions,
    testimonies: testimonies
      .filter((testimony) => testimony.section_id === section.id)
      .map((testimony) => {
        const speaker =
          testimony.member_id !== null && testimony.display_name !== null
            ? nameInTestimony({
                id: testimony.member_id,
                displayName: testimony.display_name,
                alias: testimony.alias,
                category: testimony.category as StakeholderCategory,
                mayBeNamed: testimony.may_be_named === 1,
                withdrawn: testimony.withdrawn_at !== null,
              })
            : null;
        return {
          id: testimony.id,
          memberId: testimony.member_id,
          speaker: speaker?.name ?? null,
          speakerIsAlias: speaker?.isAlias ?? false,
          summary: testimony.summary,
        };
      }),
  }));
}

export async function findMinutes(db: Executor, minutesId: number): Promise<Minutes | undefined> {
  const row = await db
    .selectFrom('minutes')
    .leftJoin('meetings as approver', 'approver.id', 'minutes.approved_at_meeting_id')
    .selectAll('minutes')
    .select('approver.title as approver_title')
    .where('minutes.id', '=', minutesId)
    .executeTakeFirst();
  if (!row) return undefined;
  const amendments = await db
    .selectFrom('minutes_amendments')
    .selectAll()
    .where('minutes_id', '=', minutesId)
    .orderBy('amended_on')
    .orderBy('id')
    .execute();
  return {
    id: row.id,
    meetingId: row.meeting_id,
    status: row.status,
    circulatedOn: row.circulated_on,
    approvedAtMeetingId: row.approved_at_meeting_id,
    approvedAtMeetingTitle: row.approver_title,
    approvedOn: row.approved_on,
    approvedByVoteId: row.approved_by_vote_id,
    locked: !canEditMinutes(row.status),
    sections: await listSections(db, minutesId),
    actionItems: await listActionItems(db, { minutesId, openOnly: false }),
    amendments: amendments.map((amendment) => ({
      id: amendment.id,
      sectionId: amendment.section_id,
      amendedOn: amendment.amended_on,
      reason: amendment.reason,
      text: amendment.text,
      createdAt: amendment.created_at,
    })),
  };
}

/** Minutes start from the agenda: one section per item, in agenda order. */
export async function insertMinutesFromAgenda(
  db: Executor,
  meetingId: number,
  agenda: readonly AgendaItem[],
  at: string,
): Promise<number> {
  const { id } = await db
    .insertInto('minutes')
    .values({ meeting_id: meetingId, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (agenda.length > 0) {
    await db
      .insertInto('minutes_sections')
      .values(
        agenda.map((item, index) => ({
          minutes_id: id,
          agenda_item_id: item.id,
          position: index + 1,
          kind: item.kind,
          heading: item.title,
        })),
      )
      .execute();
  }
  return id;
}

export async function findSection(db: Executor, sectionId: number) {
  return db.selectFrom('minutes_sections').selectAll().where('id', '=', sectionId).executeTakeFirst();
}

export async function updateSectionText(
  db: Executor,
  sectionId: number,
  edit: { notes: string; decisions: string },
): Promise<void> {
  await db.updateTable('minutes_sections').set(edit).where('id', '=', sectionId).execute();
}

export async function insertTestimony(
  db: Executor,
  sectionId: number,
  testimony: { memberId: number | null; summary: string },
  at: string,
): Promise<number> {
  const { id } = await db
    .insertInto('minutes_testimonies')
    .values({ section_id: sectionId, member_id: testimony.memberId, summary: testimony.summary, created_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function touchMinutes(db: Executor, minutesId: number, at: string): Promise<void> {
  await db.updateTable('minutes').set({ updated_at: at }).where('id', '=', minutesId).execute();
}

export async function setMinutesStatus(
  db: Executor,
  minutesId: number,
  change: {
    status: MinutesStatus;
    circulated_on?: string | null;
    approved_at_meeting_id?: number | null;
    approved_on?: string | null;
    approved_by_vote_id?: number | null;
  },
  at: string,
): Promise<void> {
  await db
    .updateTable('minutes')
    .set({ ...change, updated_at: at })
    .where('id', '=', minutesId)
    .execute();
}

export async function insertAmendment(
  db: Executor,
  minutesId: number,
  amendment: { amendedOn: string; reason: string; text: string; sectionId: number | null },
  at: string,
): Promise<number> {
  const { id } = await db
    .insertInto('minutes_amendments')
    .values({
      minutes_id: minutesId,
      section_id: amendment.sectionId,
      amended_on: amendment.amendedOn,
      reason: amendment.reason,
      text: amendment.text,
      created_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** Draft or circulated minutes of meetings already held: the Dashboard's "awaiting approval". */
export async function listMinutesAwaitingApproval(db: Executor) {
  const rows = await db
    .selectFrom('minutes')
    .innerJoin('meetings', 'meetings.id', 'minutes.meeting_id')
    .select([
      'minutes.id as minutesId',
      'minutes.meeting_id as meetingId',
      'meetings.title as meetingTitle',
      'meetings.held_on as heldOn',
      'minutes.status',
      'minutes.circulated_on as circulatedOn',
    ])
    .where('minutes.status', '!=', 'approved')
    .orderBy('meetings.held_on')
    .orderBy('minutes.id')
    .execute();
  return rows;
}
