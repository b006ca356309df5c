import { fundingStreams } from '../../../../shared/domain/funding/codes';
import { scopedAtoms } from '../../disclosure/atom-keys';
import type { CountCell } from '../../disclosure/disclosure-cell';
import { evaluateTerms } from '../../disclosure/terms';
import { scopedTable } from '../report-scope';
import type { FundingSection } from './funding-section-data';

export const fundingOrganisationsTable = 'funding_organisations';
export const workerOrganisationsColumn = 'migrant_worker_organisations';
export const partnershipsColumn = 'smaller_larger_partnerships';
export const allStreams = 'all';

/** The true value of every funding atom of a quarter (of one province's section when given): what the disclosure facts and the cells both read. */
export function fundingAtomTruth(section: FundingSection, period: string, province: string | null = null): Map<string, number> {
  const at = scopedAtoms(province);
  const truth = new Map<string, number>();
  for (const row of section.byStream) truth.set(at.workerOrganisations(period, row.stream), row.workerOrganisations);
  truth.set(at.workerOrganisations(period, allStreams), section.workerOrganisations);
  truth.set(at.smallerLargerPairs(period), section.smallerLargerPartnerships);
  return truth;
}

/**
 * The funding section's counts of organisations, each one atom: migrant-worker organisations per
 * stream and over all streams (not their sum: definitional-relations.ts bounds it), and partnerships
 * pairing a smaller organisation with a larger one. Money and agreements are not counts of
 * organisations and are published as they are. Read from the atoms' true values, so that the audit
 * lays out a report not released yet exactly as the report would (releases/potential-cells.ts).
 */
export function fundingCountCells(truth: ReadonlyMap<string, number>, period: string, province: string | null = null): CountCell[] {
  const at = scopedAtoms(province);
  const table = scopedTable(fundingOrganisationsTable, province);
  const cell = (row: string, column: string, atom: string, isTotal: boolean): CountCell => {
    const terms = [[atom, 1]] as const;
    return { table, row, column, period, meetingId: null, terms, value: evaluateTerms(terms, truth), isTotal };
  };
  return [
    ...fundingStreams.map((stream) => cell(stream, workerOrganisationsColumn, at.workerOrganisations(period, stream), false)),
    cell(allStreams, workerOrganisationsColumn, at.workerOrganisations(period, allStreams), true),
    cell(allStreams, partnershipsColumn, at.smallerLargerPairs(period), false),
  ];
}
