import loadHighs from 'highs';
import { stakeholderCategories } from '../../shared/domain/stakeholder-categories';
import type { ReleaseSummary, ReleasedCell } from '../../shared/domain/release-register';

/**
 * A reader who holds every document the app shared, written independently of the app's audit: it
 * reads the published cells (place, number or marker), writes its own integer program from what
 * the tables mean and from the relations that hold by definition, and asks HiGHS (through its
 * LP-text interface, not the app's model) for the smallest and largest value of each hidden cell.
 * Unlike the app it keeps one variable per category for every held meeting, published or not.
 */
export interface PublicStructure {
  /** Held meetings of each quarter ("2026-Q3" → ids): the report's meeting counts make them known. */
  readonly heldMeetings: ReadonlyMap<string, readonly number[]>;
}

export interface Release {
  readonly summary: ReleaseSummary;
  readonly cells: readonly ReleasedCell[];
}

export interface AttackedCell {
  readonly releaseId: number;
  readonly cell: ReleasedCell;
  readonly threshold: number;
  readonly low: number;
  readonly high: number;
}

const name = (...parts: Array<string | number>) => parts.join('_').replace(/[^A-Za-z0-9_]/g, '');

function quarterStart(quarter: string, offset = 0): string {
  const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
  const index = q - 1 + offset;
  const month = 4 + 3 * index;
  const y = year + Math.floor((month - 1) / 12);
  return `${y}${String(((month - 1) % 12) + 1).padStart(2, '0')}01`;
}

/** The variables a published cell adds up, read from its table, row, column, period and meeting. */
function variablesOf(cell: ReleasedCell, listedRows: ReadonlySet<string>): string[] | null {
  const rowCategories =
    cell.row === 'total'
      ? [...stakeholderCategories]
      : cell.row === 'other'
        ? stakeholderCategories.filter((category) => !listedRows.has(category))
        : [cell.row];
  const q = cell.period ?? '';
  switch (cell.table) {
    case 'participation':
      return rowCategories.map((c) => name(cell.column === 'participants' ? 'P' : 'A', q, c));
    case 'membership':
      return rowCategories.map((c) =>
        cell.column === 'atStart'
          ? name('N', quarterStart(q), c)
          : cell.column === 'atEnd'
            ? name('N', quarterStart(q, 1), c)
            : name(cell.column === 'joined' ? 'J' : 'L', q, c),
      );
    case 'attendance':
      return rowCategories.map((c) => name(cell.column === 'members' ? 'M' : 'G', cell.meetingId!, c));
    case 'summary':
      return cell.row === 'migrant_workers'
        ? [name('A', q, 'current_migrant_worker'), name('A', q, 'former_migrant_worker')]
        : null;
    default:
      return null;
  }
}

/** The relations every reader knows, whatever the figures. */
function relations(structure: PublicStructure, quarters: ReadonlySet<string>, flowQuarters: ReadonlySet<string>): string[] {
  const lines: string[] = [];
  for (const q of quarters) {
    const meetings = structure.heldMeetings.get(q) ?? [];
    for (const c of stakeholderCategories) {
      const P = name('P', q, c);
      const A = name('A', q, c);
      const members = meetings.map((k) => name('M', k, c));
      const guests = meetings.map((k) => name('G', k, c));
      // Attendances are everyone present at the quarter's meetings, members and guests.
      lines.push(`${[A, ...[...members, ...guests].map((v) => `- ${v}`)].join(' ')} = 0`);
      // Everyone present at a meeting is one of the quarter's participants.
      for (const m of members) lines.push(`${m} - ${P} <= 0`);
      // Each participant came at least once.
      lines.push(`${[P, ...members.map((v) => `- ${v}`)].join(' ')} <= 0`);
      lines.push(`${P} - ${A} <= 0`);
    }
  }
  for (const q of flowQuarters) {
    for (const c of stakeholderCategories) {
      lines.push(`${name('N', quarterStart(q), c)} + ${name('J', q, c)} - ${name('L', q, c)} - ${name('N', quarterStart(q, 1), c)} = 0`);
    }
  }
  return lines;
}

export async function attack(releases: readonly Release[], structure: PublicStructure): Promise<AttackedCell[]> {
  const highs = await loadHighs();
  const constraints: string[] = [];
  const hidden: Array<{ releaseId: number; cell: ReleasedCell; threshold: number; variables: string[] }> = [];
  const variables = new Set<string>();
  const quarters = new Set<string>();
  const flowQuarters = new Set<string>();
  for (const { summary, cells } of releases) {
    const listed = new Map<string, Set<string>>();
    for (const cell of cells) {
      const table = `${cell.table}|${cell.meetingId}`;
      listed.set(table, (listed.get(table) ?? new Set()).add(cell.row));
    }
    for (const cell of cells) {
      const vars = variablesOf(cell, listed.get(`${cell.table}|${cell.meetingId}`)!);
      if (!vars || vars.length === 0) continue;
      vars.forEach((v) => variables.add(v));
      if (cell.table === 'participation' || cell.table === 'summary') quarters.add(cell.period!);
      if (cell.table === 'attendance') quarters.add(cell.period!);
      if (cell.table === 'membership') flowQuarters.add(cell.period!);
      const sum = vars.join(' + ');
      if (cell.state === 'shown') constraints.push(`${sum} = ${cell.value}`);
      else {
        const threshold = summary.threshold;
        // "<10" is below 10, zero included (the appendix says so); "x" is at least the threshold.
        const [low, high] = cell.marker === 'x' ? [threshold, null] : [0, Number(cell.marker!.slice(1)) - 1];
        constraints.push(`${sum} >= ${low}`);
        if (high !== null) constraints.push(`${sum} <= ${high}`);
        hidden.push({ releaseId: summary.id, cell, threshold, variables: vars });
      }
    }
  }
  const known = relations(structure, quarters, flowQuarters);
  for (const line of known) for (const token of line.split(/[\s=<>+-]+/)) if (/^[A-Z]/.test(token)) variables.add(token);
  const body = [...known, ...constraints].map((line, index) => ` c${index}: ${line}`).join('\n');
  const general = [...variables].join(' ');
  const program = (sense: 'Minimize' | 'Maximize', objective: string) =>
    `${sense}\n obj: ${objective}\nSubject To\n${body}\nGeneral\n ${general}\nEnd\n`;
  // The true figures satisfy everything published: a reader's program always has a solution.
  const check = highs.solve(program('Minimize', [...variables][0] ?? '0'), {});
  if (check.Status !== 'Optimal') throw new Error(`The attacker's program is ${check.Status}: the published cells contradict each other`);
  const solve = (sense: 'Minimize' | 'Maximize', objective: string) => {
    const result = highs.solve(program(sense, objective), {});
    // Feasible (checked above), so "infeasible or unbounded" can only mean unbounded.
    if (result.Status === 'Unbounded' || result.Status === 'Primal infeasible or unbounded') {
      return sense === 'Maximize' ? Infinity : -Infinity;
    }
    if (result.Status !== 'Optimal') throw new Error(`The attacker could not solve a problem: ${result.Status}`);
    return Math.round(result.ObjectiveValue);
  };
  return hidden.map(({ releaseId, cell, threshold, variables: vars }) => ({
    releaseId,
    cell,
    threshold,
    low: solve('Minimize', vars.join(' + ')),
    high: solve('Maximize', vars.join(' + ')),
  }));
}

/** Hidden cells a reader can narrow too far: pinned, or a "<T" left with fewer than half of 0..T-1. */
export function exposed(attacked: readonly AttackedCell[]): AttackedCell[] {
  return attacked.filter(({ cell, low, high }) => {
    if (cell.marker === 'x') return !(high > low);
    const below = Number(cell.marker!.slice(1));
    return high - low + 1 < Math.max(2, Math.ceil(below / 2));
  });
}
