import { describe, expect, it } from 'vitest';
import { stakeholderCategories } from '../../../shared/domain/stakeholder-categories';
import { atoms } from '../../../electron/reports/disclosure/atom-keys';
import { BoundSolver } from '../../../electron/reports/disclosure/bound-solver';
import { decideDisclosure } from '../../../electron/reports/disclosure/decide-disclosure';
import { cellKey, type CountCell, type ReleasedCountCell } from '../../../electron/reports/disclosure/disclosure-cell';
import { factsOfTruth, type DisclosureFacts } from '../../../electron/reports/disclosure/disclosure-facts';
import { exactlyProtected } from '../../../electron/reports/disclosure/exact-interval';
import { highsRuntime } from '../../../electron/reports/disclosure/highs-runtime';
import { LinearSystem } from '../../../electron/reports/disclosure/linear-system';
import { markerRange, valuesToKeepOpen } from '../../../electron/reports/disclosure/protection-rule';
import { reduceSystem } from '../../../electron/reports/disclosure/reduced-problem';
import { countTableCells } from '../../../electron/reports/privacy/count-table-cells';

const quarter = '2026-Q3';
const cats = stakeholderCategories;

/** A quarter with the given members present per category at each held meeting, and no guests. */
function quarterFacts(presentByMeeting: Record<number, number[]>, participants: number[]): DisclosureFacts {
  const truth = new Map<string, number>();
  const meetings = Object.keys(presentByMeeting).map(Number);
  cats.forEach((category, c) => {
    let attendances = 0;
    for (const id of meetings) {
      const present = presentByMeeting[id]![c] ?? 0;
      truth.set(atoms.present(id, category), present);
      truth.set(atoms.guests(id, category), 0);
      attendances += present;
    }
    truth.set(atoms.participants(quarter, category), participants[c] ?? 0);
    truth.set(atoms.attendances(quarter, category), attendances);
  });
  return {
    ...factsOfTruth(truth),
    heldMeetingsByQuarter: new Map([[quarter, meetings]]),
    quarterOfHeldMeeting: new Map(meetings.map((id) => [id, quarter])),
  };
}

function participationCells(facts: DisclosureFacts): CountCell[] {
  return countTableCells(
    {
      table: 'participation',
      period: quarter,
      meetingId: null,
      columns: ['participants', 'attendances'],
      rows: cats.map((category) => ({
        key: category,
        atoms: (column) => [column === 'participants' ? atoms.participants(quarter, category) : atoms.attendances(quarter, category)],
      })),
    },
    facts.truth,
  );
}

function minutesCells(facts: DisclosureFacts, meetingId: number): CountCell[] {
  return countTableCells(
    {
      table: 'attendance',
      period: quarter,
      meetingId,
      columns: ['members', 'guests'],
      rows: cats.map((category) => ({
        key: category,
        atoms: (column) => [column === 'members' ? atoms.present(meetingId, category) : atoms.guests(meetingId, category)],
      })),
    },
    facts.truth,
  );
}

const stateOf = (states: ReadonlyMap<string, string>, cells: CountCell[], row: string, column: string) =>
  states.get(cellKey(cells.find((cell) => cell.row === row && cell.column === column)!));

describe('the protection rule', () => {
  it('keeps half of a "<10" marker open (5 of 0..9) and any other hidden cell unpinned', () => {
    expect(valuesToKeepOpen(markerRange('primary', 10))).toBe(5);
    expect(valuesToKeepOpen(markerRange('primary', 5))).toBe(3);
    expect(valuesToKeepOpen(markerRange('complementary', 10))).toBe(2);
  });
});

describe('decideDisclosure', () => {
  it('hides small counts, publishes zeros and true totals, and hides a partner', async () => {
    const facts = quarterFacts({ 1: [40, 3, 25, 0, 12, 30, 30, 30, 30, 30, 30, 30] }, [40, 3, 25, 0, 12, 30, 30, 30, 30, 30, 30, 30]);
    const cells = participationCells(facts);
    const { states } = await decideDisclosure({ newCells: cells, earlierCells: [], potentialCells: [], facts, threshold: 10 });
    expect(stateOf(states, cells, 'former_migrant_worker', 'participants')).toBe('primary');
    expect(stateOf(states, cells, 'settlement_agency', 'participants')).toBe('shown');
    expect(stateOf(states, cells, 'total', 'participants')).toBe('shown');
    const hiddenParticipants = cells.filter((cell) => cell.column === 'participants' && states.get(cellKey(cell)) !== 'shown');
    expect(hiddenParticipants.length).toBeGreaterThanOrEqual(2);
  });

  it('protects a "<10" next to a hidden count pinned by participants <= attendances (the first leak)', async () => {
    // Worker advocacy: 10 participants who came once each, so 10 attendances; former workers: 3 participants.
    const present = [20, 3, 10, 14, 15, 16, 17, 18, 19, 20, 21, 22];
    const facts = quarterFacts({ 1: present }, present);
    const cells = participationCells(facts);
    const { states } = await decideDisclosure({ newCells: cells, earlierCells: [], potentialCells: [], facts, threshold: 10 });
    expect(stateOf(states, cells, 'former_migrant_worker', 'participants')).toBe('primary');
    // Hiding the 10 participants alone would not do: its 10 attendances pin it, so they are hidden too.
    if (stateOf(states, cells, 'worker_advocacy', 'participants') !== 'shown') {
      expect(stateOf(states, cells, 'worker_advocacy', 'attendances')).not.toBe('shown');
    }
  });

  it('hides in a new document whatever an earlier release needs (earlier releases cannot change)', async () => {
    // One meeting in the quarter: its members present are the quarter's participants.
    const present = [30, 12, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30];
    const facts = quarterFacts({ 7: present }, present);
    const earlier: ReleasedCountCell[] = [
      { ...participationCells(facts).find((cell) => cell.row === 'former_migrant_worker' && cell.column === 'participants')!, state: 'complementary', value: null, range: markerRange('complementary', 10) },
    ];
    const cells = minutesCells(facts, 7);
    const { states } = await decideDisclosure({ newCells: cells, earlierCells: earlier, potentialCells: [], facts, threshold: 10 });
    // Printing 12 former workers present would give away the quarter's hidden participants.
    expect(stateOf(states, cells, 'former_migrant_worker', 'members')).toBe('complementary');
  });

  it('decides the same way every time, and keeps what the previous version hid', async () => {
    const facts = quarterFacts({ 1: [40, 3, 25, 4, 12, 30, 31, 32, 33, 34, 35, 36], 2: [20, 2, 5, 6, 12, 30, 31, 32, 33, 34, 35, 36] }, [45, 4, 26, 7, 16, 40, 41, 42, 43, 44, 45, 46]);
    const cells = [...participationCells(facts), ...minutesCells(facts, 1), ...minutesCells(facts, 2)];
    const first = await decideDisclosure({ newCells: cells, earlierCells: [], potentialCells: [], facts, threshold: 10 });
    const second = await decideDisclosure({ newCells: cells, earlierCells: [], potentialCells: [], facts, threshold: 10 });
    expect([...second.states]).toEqual([...first.states]);
    const keep = new Set([...first.states].filter(([, state]) => state !== 'shown').map(([key]) => key));
    const again = await decideDisclosure({ newCells: cells, earlierCells: [], potentialCells: [], facts, threshold: 10 }, keep);
    expect([...again.states]).toEqual([...first.states]);
  });
});

describe('integer bounds', () => {
  it('solves an integer program where the linear relaxation would protect a cell the integers pin', async () => {
    // x counts people (marker 1..9, needs 5 values), x = 3z + 1 for a whole z, and x <= 6:
    // the relaxation lets x reach 6 (z = 5/3), the integers only 4, so x spans 1..4: four values.
    const system = new LinearSystem();
    const truth = new Map([['x', 1], ['z', 0]]);
    system.addRow([['x', 1], ['z', -3]], 1, 1, truth);
    system.addRow([['x', 1]], -Infinity, 6, truth);
    const lower = Float64Array.from([1, 0]);
    const upper = Float64Array.from([9, Infinity]);
    const rows = Float64Array.from(system.rows, (row) => row.lower);
    const rowsUpper = Float64Array.from(system.rows, (row) => row.upper);
    const solver = BoundSolver.create(await highsRuntime(), system, reduceSystem(system, lower, upper, rows, rowsUpper));
    const target = { key: 'x', columns: [0], coefficients: [1], range: markerRange('primary', 10) };
    expect(exactlyProtected(solver, target, { low: 1, high: 1 })).toBe(false);
    expect(solver.integerProblems).toBeGreaterThan(0);
    solver.dispose();
  });
});
