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

export type AtomKind = 'P' | 'A' | 'M' | 'G' | 'N' | 'J' | 'L' | 'FW' | 'FP';

export interface ParsedAtom {
  readonly kind: AtomKind;
  /** A quarter key, a meeting id or a date, depending on the kind. */
  readonly scope: string;
  /** A stakeholder category, or for funding atoms a stream ("all" for every stream). */
  readonly category: string;
}

export function parseAtom(key: string): ParsedAtom {
  const [kind, scope, category] = key.split(':');
  if (!kind || scope === undefined || category === undefined || !/^(P|A|M|G|N|J|L|FW|FP)$/.test(kind)) {
    throw new Error(`Not an atom: ${key}`);
  }
  return { kind: kind as AtomKind, scope, category };
}
