import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  effectiveSuppressionThreshold,
  shareOf,
  suppressList,
  suppressMembershipFlow,
  suppressTable,
  type PublishedCount,
} from '../../../electron/reports/privacy';
import { determinedUnknowns } from './linear-recovery';

const hidden = (count: PublishedCount) => count.state !== 'shown';

/** Equations "sum of members = total" written from the published table, with hidden members as unknowns. */
function recoverableInLines(lines: { members: PublishedCount[]; total: PublishedCount; signs?: number[] }[]): number {
  const unknownIndex = new Map<PublishedCount, number>();
  const indexOf = (count: PublishedCount) => {
    if (!unknownIndex.has(count)) unknownIndex.set(count, unknownIndex.size);
    return unknownIndex.get(count)!;
  };
  for (const line of lines) [...line.members, line.total].filter(hidden).forEach(indexOf);
  const equations = lines.map((line) => {
    const row = Array.from({ length: unknownIndex.size }, () => 0);
    line.members.forEach((member, i) => {
      if (hidden(member)) row[indexOf(member)]! += line.signs?.[i] ?? 1;
    });
    if (hidden(line.total)) row[indexOf(line.total)]! -= 1;
    return row;
  });
  return determinedUnknowns(equations, unknownIndex.size).length;
}

describe('effectiveSuppressionThreshold', () => {
  it('defaults to 10 and never goes below 5', () => {
    expect(effectiveSuppressionThreshold(undefined)).toBe(10);
    expect(effectiveSuppressionThreshold(3)).toBe(5);
    expect(effectiveSuppressionThreshold(20)).toBe(20);
  });
});

describe('suppressList', () => {
  it('hides small counts, then the next smallest so the small one cannot be taken from the total', () => {
    const result = suppressList([40, 3, 25, 0, 12], 10);
    expect(result.items.map((item) => item.state)).toEqual(['shown', 'primary', 'shown', 'shown', 'complementary']);
    expect(result.total).toEqual({ value: 80, state: 'shown' });
  });
  it('publishes zero, which describes nobody', () => {
    expect(suppressList([0, 0, 30], 10).items.every((item) => item.state === 'shown')).toBe(true);
  });
  it('does not let a reader pin a "<10" from a partner just above the threshold', () => {
    // 1 and 10 add up to 11: "<10" means 1..9 and "x" at least 10, so the pair could only be 1 and 10.
    const result = suppressList([1, 10, 50], 10);
    expect(result.items[2]!.state).not.toBe('shown');
  });
  it('hides the percentage of a hidden count', () => {
    const result = suppressList([40, 3, 25, 12], 10);
    expect(shareOf(result.items[1]!, result.total)).toBeNull();
    expect(shareOf(result.items[0]!, result.total)).toBeCloseTo(0.5);
  });
});

describe('suppressMembershipFlow', () => {
  it('protects a small number of leavers that start + joined - end would reveal', () => {
    const result = suppressMembershipFlow(
      [
        { atStart: 120, joined: 15, left: 4, atEnd: 131 },
        { atStart: 60, joined: 20, left: 12, atEnd: 68 },
      ],
      10,
    );
    expect(result.rows[0]!.left.state).toBe('primary');
    const row = result.rows[0]!;
    const hiddenInRow = [row.atStart, row.joined, row.left, row.atEnd].filter(hidden).length;
    expect(hiddenInRow).toBeGreaterThanOrEqual(2);
    expect(result.totals.atEnd.value).toBe(199);
  });
});

const tableArbitrary = fc
  .record({ rows: fc.integer({ min: 1, max: 6 }), columns: fc.integer({ min: 1, max: 5 }) })
  .chain(({ rows, columns }) =>
    fc.array(
      fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 60 })), {
        minLength: columns,
        maxLength: columns,
      }),
      {
        minLength: rows,
        maxLength: rows,
      },
    ),
  );

describe('no suppressed cell can be recovered (property)', () => {
  it('two-way tables with every total published or hidden', () => {
    fc.assert(
      fc.property(tableArbitrary, fc.integer({ min: 5, max: 12 }), (cells, threshold) => {
        const table = suppressTable(cells, threshold);
        // Totals stay true.
        expect(table.grandTotal.value).toBe(cells.flat().reduce((a, b) => a + b, 0));
        // Every small non-zero count is hidden; zeros are shown.
        table.cells.flat().forEach((count) => {
          if (count.value > 0 && count.value < threshold) expect(count.state).toBe('primary');
          if (count.value === 0) expect(count.state).toBe('shown');
        });
        const lines = [
          ...table.cells.map((row, r) => ({ members: row, total: table.rowTotals[r]! })),
          ...table.columnTotals.map((total, c) => ({ members: table.cells.map((row) => row[c]!), total })),
          { members: table.rowTotals, total: table.grandTotal },
          { members: table.columnTotals, total: table.grandTotal },
        ];
        expect(recoverableInLines(lines)).toBe(0);
      }),
      { numRuns: 400 },
    );
  });

  it('lists of counts with a total', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 12 }), (values) => {
        const list = suppressList(values, 10);
        expect(recoverableInLines([{ members: list.items, total: list.total }])).toBe(0);
        // With "<10" meaning 1..9 and "x" meaning 10 or more, the hidden counts still admit two readings.
        const hiddenItems = list.items.filter(hidden);
        if (hiddenItems.length > 0 && !hidden(list.total)) {
          const publishedSum = list.items.filter((item) => !hidden(item)).reduce((a, b) => a + b.value, 0);
          const remainder = list.total.value - publishedSum;
          const minimum = hiddenItems.reduce((a, item) => a + (item.state === 'primary' ? 1 : 10), 0);
          const maximumOfSmalls = hiddenItems.every((item) => item.state === 'primary')
            ? hiddenItems.length * 9
            : Infinity;
          expect(remainder > minimum || hiddenItems.length === 0).toBe(true);
          expect(remainder < maximumOfSmalls).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('membership flows, where each row also balances: start + joined - left = end', () => {
    const rowArbitrary = fc
      .record({
        atStart: fc.integer({ min: 0, max: 40 }),
        joined: fc.integer({ min: 0, max: 15 }),
        left: fc.integer({ min: 0, max: 15 }),
      })
      .map((row) => {
        const left = Math.min(row.left, row.atStart + row.joined);
        return { atStart: row.atStart, joined: row.joined, left, atEnd: row.atStart + row.joined - left };
      });
    fc.assert(
      fc.property(fc.array(rowArbitrary, { minLength: 1, maxLength: 8 }), (rows) => {
        const flow = suppressMembershipFlow(rows, 10);
        const keys = ['atStart', 'joined', 'left', 'atEnd'] as const;
        const lines = [
          ...flow.rows.map((row) => ({
            members: [row.atStart, row.joined, row.left],
            signs: [1, 1, -1],
            total: row.atEnd,
          })),
          ...keys.map((key) => ({ members: flow.rows.map((row) => row[key]), total: flow.totals[key] })),
          {
            members: [flow.totals.atStart, flow.totals.joined, flow.totals.left],
            signs: [1, 1, -1],
            total: flow.totals.atEnd,
          },
        ];
        expect(recoverableInLines(lines)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
