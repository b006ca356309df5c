import type { ProvinceCode } from '../../shared/domain/provinces';
import type { StakeholderCategory } from '../../shared/domain/stakeholder-categories';
import type { Ledger } from '../../electron/ledger/ledger';

/** A small network written straight into the ledger: members, held meetings with minutes, who came. */
export interface SmallNetwork {
  readonly members: ReadonlyArray<{ category: StakeholderCategory; joinedOn: string; leftOn: string | null; province?: ProvinceCode }>;
  readonly meetings: ReadonlyArray<{
    heldOn: string;
    /** British Columbia unless said, like the ledger's records made before provinces. */
    province?: ProvinceCode;
    /** Indexes into members of those marked present. */
    present: readonly number[];
    guests: ReadonlyArray<{ category: StakeholderCategory; count: number }>;
  }>;
}

export interface WrittenNetwork {
  readonly memberIds: number[];
  readonly meetingIds: number[];
}

const at = '2026-04-01T00:00:00.000Z';

export async function writeSmallNetwork(ledger: Ledger, network: SmallNetwork): Promise<WrittenNetwork> {
  return ledger.write('test.smallNetwork', async (trx) => {
    const memberIds: number[] = [];
    for (const [index, member] of network.members.entries()) {
      const row = await trx
        .insertInto('members')
        .values({
          kind: 'individual',
          display_name: `Member ${index + 1}`,
          alias: null,
          category: member.category,
          organisation_id: null,
          preferred_language: null,
          email: null,
          phone: null,
          may_contact: 1,
          may_be_named: 0,
          joined_on: member.joinedOn,
          left_on: member.leftOn,
          notes: null,
          province: member.province ?? 'BC',
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      memberIds.push(row.id);
    }
    const meetingIds: number[] = [];
    for (const meeting of network.meetings) {
      const { id } = await trx
        .insertInto('meetings')
        .values({
          kind: 'workers_forum',
          title: `Forum ${meeting.heldOn}`,
          held_on: meeting.heldOn,
          starts_at: '18:00',
          ends_at: '20:00',
          status: 'held',
          worker_friendly: 1,
          province: meeting.province ?? 'BC',
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      meetingIds.push(id);
      for (const index of new Set(meeting.present)) {
        await trx
          .insertInto('meeting_attendance')
          .values({ meeting_id: id, member_id: memberIds[index]!, presence: 'in_person', updated_at: at })
          .execute();
      }
      for (const guest of meeting.guests) {
        if (guest.count > 0) await trx.insertInto('meeting_guests').values({ meeting_id: id, ...guest }).execute();
      }
      await trx.insertInto('minutes').values({ meeting_id: id, created_at: at, updated_at: at }).execute();
    }
    return { memberIds, meetingIds };
  });
}

