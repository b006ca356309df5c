import { fundingStreams } from '../../../../shared/domain/funding/codes';
import { atoms } from '../../disclosure/atom-keys';
import type { CountCell } from '../../disclosure/disclosure-cell';
import { evaluateTerms } from '../../disclosure/terms';
import type { FundingSection } from './funding-section-data';

export const fundingOrganisationsTable = 'funding_organisations';
export const workerOrganisationsColumn = 'migrant_worker_organisations';
export const partnershipsColumn = 'smaller_larger_partnerships';
export const allStreams = 'all';

/** The true value of every funding atom of a quarter: what the disclosure facts and the cells both read. */
export function fundingAtomTruth(section: FundingSection, period: string): Map<string, number> {
  const truth = new Map<string, number>();
  for (const row of section.byStream) truth.set(atoms.workerOrganisations(period, row.stream), row.workerOrganisations);
  truth.set(atoms.workerOrganisations(period, allStreams), section.workerOrganisations);
  truth.set(atoms.smallerLargerPairs(period), section.smallerLargerPartnerships);
  return truth;
}

/**
 * The funding section's counts of organisations, each one atom: migrant-worker organisations per
 * stream and over all streams (not their sum: definitional-relations.ts bounds it), and partnerships
 * pairing a smaller organisation with a larger one. Money and agreements are not counts of
 * organisations and are published as they are.
 */
export function fundingCountCells(section: FundingSection, period: string): CountCell[] {
  const truth = fundingAtomTruth(section, period);
  const cell = (row: string, column: string, atom: string, isTotal: boolean): CountCell => {
    const terms = [[atom, 1]] as const;
    return { table: fundingOrganisationsTable, row, column, period, meetingId: null, terms, value: evaluateTerms(terms, truth), isTotal };
  };
  return [
    ...fundingStreams.map((stream) => cell(stream, workerOrganisationsColumn, atoms.workerOrganisations(period, stream), false)),
    cell(allStreams, workerOrganisationsColumn, atoms.workerOrganisations(period, allStreams), true),
    cell(allStreams, partnershipsColumn, atoms.smallerLargerPairs(period), false),
  ];
}
