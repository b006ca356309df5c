import { parseAtom } from './atom-keys';

/**
 * Atoms fall into independent groups: one quarter's participation with its held meetings, a meeting
 * not held (its minutes stand alone), membership (one chain across quarters), and one quarter's
 * organisations in funded agreements; a province's atoms belong to the group of the network's
 * (national figures are sums or bounds of provincial ones). No relation crosses groups, so a new document is audited only
 * with the earlier cells of the groups it touches.
 */
export function componentOf(atomKey: string, quarterOfHeldMeeting: ReadonlyMap<number, string>): string {
  const atom = parseAtom(atomKey);
  switch (atom.kind) {
    case 'P':
    case 'A':
    case 'PP':
    case 'PA':
      return `quarter:${atom.scope}`;
    case 'M':
    case 'G': {
      const quarter = quarterOfHeldMeeting.get(Number(atom.scope));
      return quarter ? `quarter:${quarter}` : `meeting:${atom.scope}`;
    }
    case 'N':
    case 'J':
    case 'L':
    case 'PN':
    case 'PJ':
    case 'PL':
      return 'membership';
    // Organisations in funded agreements: no relation ties them to people or to other quarters.
    case 'FW':
    case 'FP':
    case 'PFW':
    case 'PFP':
      return `funding:${atom.scope}`;
  }
}
