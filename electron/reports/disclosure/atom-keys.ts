/**
 * Names of the atomic quantities published counts are made of. Stored in the release register with
 * each cell, so they must never change meaning: add new kinds, never rename one.
 */
export const atoms = {
  /** Distinct members of a category present at the quarter's held meetings. */
  participants: (quarter: string, category: string) => `P:${quarter}:${category}`,
  /** Members present plus guests, over the quarter's held meetings. */
  attendances: (quarter: string, category: string) => `A:${quarter}:${category}`,
  /** Members of a category marked present at one meeting. */
  present: (meetingId: number, category: string) => `M:${meetingId}:${category}`,
  /** Guests of a category counted at the door of one meeting. */
  guests: (meetingId: number, category: string) => `G:${meetingId}:${category}`,
  /** Members of a category on a day (the first day of a quarter, so one quarter's end is the next one's start). */
  membersOn: (isoDate: string, category: string) => `N:${isoDate}:${category}`,
  joined: (quarter: string, category: string) => `J:${quarter}:${category}`,
  left: (quarter: string, category: string) => `L:${quarter}:${category}`,
  /** Distinct migrant-worker organisations on the agreements of a funding stream ("all": of every stream) funded in the quarter. */
  workerOrganisations: (quarter: string, stream: string) => `FW:${quarter}:${stream}`,
  /** Distinct pairs of organisations on a common agreement funded in the quarter, one smaller than the other. */
  smallerLargerPairs: (quarter: string) => `FP:${quarter}:all`,
};

/**
 * The same quantities within one province or territory (a provincial quarterly report): the meetings
 * held there (meetings.province), the members and the organisations whose province it is.
 * - PP: distinct members of a category present at the province's held meetings of the quarter
 *   (wherever the member lives: a member may attend meetings in several provinces);
 * - PA: members present plus guests at those meetings;
 * - PN, PJ, PL: members of the province on a day, joined and left in the quarter;
 * - PFW: the province's migrant-worker organisations on funded agreements of a stream ("all": any);
 * - PFP: pairs on a common funded agreement, one smaller than the other, at least one of the province.
 */
export const provincialAtoms = {
  participants: (quarter: string, province: string, category: string) => `PP:${quarter}:${province}:${category}`,
  attendances: (quarter: string, province: string, category: string) => `PA:${quarter}:${province}:${category}`,
  membersOn: (isoDate: string, province: string, category: string) => `PN:${isoDate}:${province}:${category}`,
  joined: (quarter: string, province: string, category: string) => `PJ:${quarter}:${province}:${category}`,
  left: (quarter: string, province: string, category: string) => `PL:${quarter}:${province}:${category}`,
  workerOrganisations: (quarter: string, province: string, stream: string) => `PFW:${quarter}:${province}:${stream}`,
  smallerLargerPairs: (quarter: string, province: string) => `PFP:${quarter}:${province}:all`,
};

/** The atoms of a report's scope: the network's (province null) or one province's. */
export type ScopedAtoms = {
  readonly [K in keyof typeof atoms as K extends 'present' | 'guests' ? never : K]: (typeof atoms)[K];
};

export function scopedAtoms(province: string | null): ScopedAtoms {
  if (province === null) return atoms;
  return {
    participants: (quarter, category) => provincialAtoms.participants(quarter, province, category),
    attendances: (quarter, category) => provincialAtoms.attendances(quarter, province, category),
    membersOn: (isoDate, category) => provincialAtoms.membersOn(isoDate, province, category),
    joined: (quarter, category) => provincialAtoms.joined(quarter, province, category),
    left: (quarter, category) => provincialAtoms.left(quarter, province, category),
    workerOrganisations: (quarter, stream) => provincialAtoms.workerOrganisations(quarter, province, stream),
    smallerLargerPairs: (quarter) => provincialAtoms.smallerLargerPairs(quarter, province),
  };
}

const nationalKinds = ['P', 'A', 'M', 'G', 'N', 'J', 'L', 'FW', 'FP'] as const;
const provincialKinds = ['PP', 'PA', 'PN', 'PJ', 'PL', 'PFW', 'PFP'] as const;
export type AtomKind = (typeof nationalKinds)[number] | (typeof provincialKinds)[number];

export interface ParsedAtom {
  readonly kind: AtomKind;
  /** A quarter key, a meeting id or a date, depending on the kind. */
  readonly scope: string;
  /** The province or territory of a provincial kind; null for the others. */
  readonly province: string | null;
  /** A stakeholder category, or for funding atoms a stream ("all" for every stream). */
  readonly category: string;
}

export function parseAtom(key: string): ParsedAtom {
  const parts = key.split(':');
  const kind = parts[0] as AtomKind;
  if ((nationalKinds as readonly string[]).includes(kind) && parts.length === 3) {
    return { kind, scope: parts[1]!, province: null, category: parts[2]! };
  }
  if ((provincialKinds as readonly string[]).includes(kind) && parts.length === 4 && parts[2] !== '') {
    return { kind, scope: parts[1]!, province: parts[2]!, category: parts[3]! };
  }
  throw new Error(`Not an atom: ${key}`);
}
