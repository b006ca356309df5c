import { committedStatuses } from '../../../shared/domain/funding/agreement';
import type { DueDeliverable } from '../../../shared/domain/funding/agreement-views';
import type { Executor } from '../database';

/** The Dashboard's window: what falls due from today to this many days ahead. */
export const dueSoonDays = 30;

export function daysAfter(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * Milestones and reports not yet received, of agreements that owe them (approved, active or closed;
 * a proposal owes nothing yet, a cancelled agreement nothing more): overdue ones (due before today)
 * and those due within the next 30 days, soonest first.
 */
export async function listDueDeliverables(db: Executor, today: string): Promise<{ dueSoon: DueDeliverable[]; overdue: DueDeliverable[] }> {
  const rows = await db
    .selectFrom('funding_deliverables as d')
    .innerJoin('funding_agreements as a', 'a.id', 'd.agreement_id')
    .leftJoin('funding_agreement_organisations as p', (join) => join.onRef('p.agreement_id', '=', 'a.id').on('p.role', '=', 'lead'))
    .leftJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select(['d.id', 'd.kind', 'd.description', 'd.due_on', 'd.received_on', 'd.note', 'a.id as agreement_id', 'a.title', 'o.name as lead'])
    .where('d.received_on', 'is', null)
    .where('a.status', 'in', committedStatuses)
    .where('d.due_on', '<=', daysAfter(today, dueSoonDays))
    .orderBy('d.due_on')
    .orderBy('d.id')
    .execute();
  const items = rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    description: row.description,
    dueOn: row.due_on,
    receivedOn: row.received_on,
    note: row.note,
    agreementId: row.agreement_id,
    agreementTitle: row.title,
    lead: row.lead ?? '',
  }));
  return { dueSoon: items.filter((item) => item.dueOn >= today), overdue: items.filter((item) => item.dueOn < today) };
}
