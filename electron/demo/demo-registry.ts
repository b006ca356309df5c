import type { Transaction } from 'kysely';
import type { MemberDraft } from '../../shared/domain/member';
import type { Database } from '../ledger/database';
import { organisationsByCategory } from './demo-names';
import { SeededRandom } from './random';

const demoCities = ['Abbotsford', 'Surrey', 'Kelowna', 'Vancouver', 'Chilliwack', 'Vernon', 'Victoria', 'Langley'];

const demoGroups = [
  { name: 'Policy working group', mandate: 'Prepares the Network’s advice on work permits, housing standards and enforcement.', status: 'active' },
  { name: 'Funding working group', mandate: 'Reviews funding programs for worker support and advises on priorities.', status: 'active' },
  { name: 'Community action working group', mandate: 'Organises outreach, clinics and worker-led events outside harvest peaks.', status: 'active' },
  { name: 'Harvest outreach 2023', mandate: 'A one-season group that ran evening outreach during the 2023 harvest.', status: 'closed' },
] as const;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/**
 * The registry around the demo members: organisation sectors and cities, working groups with
 * chairs and members, and a first consent-register entry per member. Deterministic for a seed.
 */
export async function addDemoRegistry(
  trx: Transaction<Database>,
  members: readonly { id: number; draft: MemberDraft }[],
  at: string,
  seed: number,
): Promise<void> {
  const random = new SeededRandom(seed + 1);
  for (const [category, names] of Object.entries(organisationsByCategory)) {
    for (const name of names) {
      await trx.updateTable('organisations').set({ category, city: random.pick(demoCities) }).where('name', '=', name).execute();
    }
  }

  const active = members.filter((member) => member.draft.leftOn === null);
  for (const [index, group] of demoGroups.entries()) {
    const inserted = await trx
      .insertInto('working_groups')
      .values({ name: group.name, mandate: group.mandate, status: group.status, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    const closed = group.status === 'closed';
    const [startOn, endOn] = closed ? ['2023-05-01', '2023-10-31'] : [`202${3 + index}-02-01`, null];
    const chosen = new Set<number>();
    while (chosen.size < Math.min(8, active.length)) chosen.add(random.pick(active).id);
    const rows = [...chosen].map((memberId, position) => ({
      working_group_id: inserted.id,
      member_id: memberId,
      role: position === 0 ? ('chair' as const) : position === 1 ? ('co_chair' as const) : ('member' as const),
      start_on: startOn,
      end_on: endOn,
      created_at: at,
      updated_at: at,
    }));
    await trx.insertInto('working_group_members').values(rows).execute();
  }

  const consents = members.map(({ id, draft }) => ({
    member_id: id,
    may_contact: draft.mayContact ? 1 : 0,
    may_be_named: draft.mayBeNamed ? 1 : 0,
    testimony_may_be_recorded: random.chance(0.3) ? 1 : 0,
    may_appear_in_photos: draft.mayBeNamed && random.chance(0.5) ? 1 : 0,
    given_on: draft.joinedOn,
    method: random.pick(['signed_form', 'verbal_in_person', 'through_interpreter'] as const),
    note: null,
    recorded_at: at,
  }));
  // 10 columns per row: 1,000 rows per statement stays under SQLite's bound-parameter limit.
  for (const batch of chunks(consents, 1000)) await trx.insertInto('member_consents').values(batch).execute();
}
