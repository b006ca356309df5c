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
  /**
   * The network's provinces and territories, and where each held meeting was (provincial reports
   * count the meetings held in each): the reader then knows how provincial figures make up national
   * ones (provincialRelations). Without it, provincial cells are read but not tied to anything.
   */
  readonly provinces?: { readonly all: readonly string[]; readonly ofMeeting: ReadonlyMap<number, string> };
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

/**
 * The variables a published cell adds up, read from its table, row, column, period and meeting. A
 * provincial report's tables say their province after a colon ("participation:AB"): its variables
 * are the province's own (PP, PA, PN, PJ, PL), the national ones' names with the province added.
 */
function variablesOf(cell: ReleasedCell, listedRows: ReadonlySet<string>): string[] | null {
  const [table, province] = cell.table.split(':');
  if (province === undefined) return nationalVariablesOf(cell, listedRows);
  const national = nationalVariablesOf({ ...cell, table: table! }, listedRows);
  return national && table !== 'attendance' ? national.map((v) => inProvince(v, province)) : null;
}

/** "P_2026Q3_union" in Alberta: "PP_2026Q3_AB_union". */
function inProvince(variable: string, province: string): string {
  const [kind, scope, ...category] = variable.split('_');
  return name(`P${kind}`, scope!, province, category.join('_'));
}

function nationalVariablesOf(cell: ReleasedCell, listedRows: ReadonlySet<string>): string[] | null {
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
  if (structure.provinces) lines.push(...provincialRelations(structure, structure.provinces, quarters, flowQuarters));
  return lines;
}

const sumLine = (left: string, right: readonly string[], sense: '=' | '<=') => `${[left, ...right.map((v) => `- ${v}`)].join(' ')} ${sense} 0`;

/**
 * What a reader knows of provinces, whatever the figures: a province's report counts the meetings
 * held there (everyone present, wherever they live, and guests), and the members whose province it is.
 * - a province's attendances are its meetings' members present plus guests;
 * - everyone present at one of its meetings is one of its participants, each of whom came to one of
 *   them; a province's participants are some of the network's, and each of the network's
 *   participants took part in at least one province;
 * - members belong to one province: the network's members on a day, joiners and leavers are the
 *   sums of the provinces', and each province's membership flows like the network's.
 */
function provincialRelations(
  structure: PublicStructure,
  provinces: NonNullable<PublicStructure['provinces']>,
  quarters: ReadonlySet<string>,
  flowQuarters: ReadonlySet<string>,
): string[] {
  const lines: string[] = [];
  for (const q of quarters) {
    const meetings = structure.heldMeetings.get(q) ?? [];
    for (const c of stakeholderCategories) {
      const P = name('P', q, c);
      const PP = (p: string) => name('PP', q, p, c);
      for (const p of provinces.all) {
        const here = meetings.filter((k) => provinces.ofMeeting.get(k) === p);
        const members = here.map((k) => name('M', k, c));
        lines.push(sumLine(name('PA', q, p, c), [...members, ...here.map((k) => name('G', k, c))], '='));
        for (const m of members) lines.push(`${m} - ${PP(p)} <= 0`);
        lines.push(sumLine(PP(p), members, '<='));
        lines.push(`${PP(p)} - ${P} <= 0`);
      }
      lines.push(sumLine(P, provinces.all.map(PP), '<='));
    }
  }
  for (const q of flowQuarters) {
    for (const c of stakeholderCategories) {
      const [start, end] = [quarterStart(q), quarterStart(q, 1)];
      for (const p of provinces.all) {
        lines.push(`${name('PN', start, p, c)} + ${name('PJ', q, p, c)} - ${name('PL', q, p, c)} - ${name('PN', end, p, c)} = 0`);
      }
      lines.push(sumLine(name('N', start, c), provinces.all.map((p) => name('PN', start, p, c)), '='));
      lines.push(sumLine(name('N', end, c), provinces.all.map((p) => name('PN', end, p, c)), '='));
      lines.push(sumLine(name('J', q, c), provinces.all.map((p) => name('PJ', q, p, c)), '='));
      lines.push(sumLine(name('L', q, c), provinces.all.map((p) => name('PL', q, p, c)), '='));
    }
  }
  return lines;
}

export async function attack(releases: readonly Release[], structure: PublicStructure): Promise<AttackedCell[]> {
  return (await attackWith(releases, structure, [])).cells;
}

/**
 * The reader's smallest and largest value of a sum of variables no document published (a province's
 * count whose report is not out yet), e.g. ["PA_2026Q3_AB_current_migrant_worker"].
 */
export async function narrowest(releases: readonly Release[], structure: PublicStructure, variables: readonly string[]) {
  return (await attackWith(releases, structure, [variables])).unpublished[0]!;
}

async function attackWith(releases: readonly Release[], structure: PublicStructure, unpublished: ReadonlyArray<readonly string[]>) {
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
      const table = cell.table.split(':')[0];
      if (table === 'participation' || table === 'summary') quarters.add(cell.period!);
      if (table === 'attendance') quarters.add(cell.period!);
      if (table === 'membership') flowQuarters.add(cell.period!);
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
  unpublished.flat().forEach((v) => variables.add(v));
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
  const cells = hidden.map(({ releaseId, cell, threshold, variables: vars }) => ({
    releaseId,
    cell,
    threshold,
    low: solve('Minimize', vars.join(' + ')),
    high: solve('Maximize', vars.join(' + ')),
  }));
  return {
    cells,
    unpublished: unpublished.map((vars) => ({ low: solve('Minimize', vars.join(' + ')), high: solve('Maximize', vars.join(' + ')) })),
  };
}

/** Hidden cells a reader can narrow too far: pinned, or a "<T" left with fewer than half of 0..T-1. */
export function exposed(attacked: readonly AttackedCell[]): AttackedCell[] {
  return attacked.filter(({ cell, low, high }) => {
    if (cell.marker === 'x') return !(high > low);
    const below = Number(cell.marker!.slice(1));
    return high - low + 1 < Math.max(2, Math.ceil(below / 2));
  });
}
