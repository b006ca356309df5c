import type { PartyRole } from './codes';

/**
 * Who works with whom, derived from the agreements: organisations named on the same agreement work
 * together (a partnership), and on each agreement every mentor mentors every mentored organisation.
 * One rule for the organisation pages, the report's count and the tests.
 */

export interface AgreementParties {
  readonly agreementId: number;
  readonly parties: ReadonlyArray<{ readonly organisationId: number; readonly role: PartyRole }>;
}

export interface OrganisationPair {
  /** The smaller id first, so a pair has one key whichever way it is found. */
  readonly first: number;
  readonly second: number;
  readonly agreementIds: readonly number[];
}

export interface MentoringPair {
  readonly mentorId: number;
  readonly mentoredId: number;
  readonly agreementIds: readonly number[];
}

function collect<T extends { agreementIds: number[] }>(found: Map<string, T>, key: string, make: () => T, agreementId: number) {
  const entry = found.get(key) ?? make();
  if (!entry.agreementIds.includes(agreementId)) entry.agreementIds.push(agreementId);
  found.set(key, entry);
}

export function partnershipPairs(agreements: readonly AgreementParties[]): OrganisationPair[] {
  const found = new Map<string, { first: number; second: number; agreementIds: number[] }>();
  for (const agreement of agreements) {
    const ids = [...new Set(agreement.parties.map((party) => party.organisationId))].sort((a, b) => a - b);
    for (let i = 0; i < ids.length; i += 1) {
      for (let j = i + 1; j < ids.length; j += 1) {
        const [first, second] = [ids[i]!, ids[j]!];
        collect(found, `${first}:${second}`, () => ({ first, second, agreementIds: [] }), agreement.agreementId);
      }
    }
  }
  return [...found.values()];
}

export function mentoringPairs(agreements: readonly AgreementParties[]): MentoringPair[] {
  const found = new Map<string, { mentorId: number; mentoredId: number; agreementIds: number[] }>();
  for (const agreement of agreements) {
    const mentors = agreement.parties.filter((party) => party.role === 'mentor');
    const mentored = agreement.parties.filter((party) => party.role === 'mentored');
    for (const mentor of mentors) {
      for (const mentee of mentored) {
        const key = `${mentor.organisationId}>${mentee.organisationId}`;
        collect(found, key, () => ({ mentorId: mentor.organisationId, mentoredId: mentee.organisationId, agreementIds: [] }), agreement.agreementId);
      }
    }
  }
  return [...found.values()];
}
