import type { PublishedCount } from './published-count';

export interface SuppressionRecord {
  readonly table: string;
  readonly row: string;
  readonly column: string;
  readonly reason: 'small_count' | 'protects_small_count';
}

/** Collects every hidden cell of a report for its appendix note; never records the hidden values. */
export class SuppressionLog {
  private readonly records: SuppressionRecord[] = [];

  note(table: string, row: string, column: string, count: PublishedCount): void {
    if (count.state === 'shown') return;
    this.records.push({
      table,
      row,
      column,
      // A zero shown as "<10" is hidden to protect another count, like an "x".
      reason: count.state === 'primary' && count.value > 0 ? 'small_count' : 'protects_small_count',
    });
  }

  get entries(): readonly SuppressionRecord[] {
    return this.records;
  }

  get count(): number {
    return this.records.length;
  }
}
