import { z } from 'zod';
import type { StoredCountCell } from '../../ledger/reports/release-register-repository';
import type { ReleasedCountCell } from '../disclosure/disclosure-cell';
import type { Terms } from '../disclosure/terms';

const termsSchema = z.array(z.tuple([z.string(), z.number()]));

export interface EarlierCell extends ReleasedCountCell {
  readonly releaseId: number;
  readonly documentKey: string;
}

/** A register row back as the audit needs it. */
export function earlierCell(row: StoredCountCell): EarlierCell {
  const terms: Terms = termsSchema.parse(JSON.parse(row.terms ?? '[]'));
  return {
    releaseId: row.release_id,
    documentKey: row.document_key,
    table: row.table_key,
    row: row.row_key,
    column: row.column_key,
    period: row.period,
    meetingId: row.meeting_id,
    terms,
    state: row.state,
    value: row.value,
    range: row.state === 'shown' ? null : { low: row.range_low!, high: row.range_high ?? Number.POSITIVE_INFINITY },
  };
}
