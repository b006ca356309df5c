import type { FundingStream } from '../../../../shared/domain/funding/codes';
import { fr as spaced, typesetFrench } from '../../text/french-typography';
import type { ReportLanguage } from '../../text/report-format';

/** The quarterly report's funding section in English and French. */
export interface FundingReportText {
  readonly section: string;
  readonly intro: string;
  readonly streams: Record<FundingStream, string>;
  readonly byStream: string;
  readonly byStreamSheet: string;
  readonly stream: string;
  readonly total: string;
  readonly agreements: string;
  readonly approved: string;
  readonly claimed: string;
  readonly paid: string;
  readonly claimedToDate: string;
  readonly paidToDate: string;
  readonly reports: string;
  readonly reportsSheet: string;
  readonly report: string;
  readonly reportKinds: Record<'interim_report' | 'final_report', string>;
  readonly due: string;
  readonly received: string;
  readonly overdue: string;
  readonly organisations: string;
  readonly organisationsSheet: string;
  readonly measure: string;
  readonly number: string;
  workerOrganisationsIn(stream: string): string;
  readonly workerOrganisationsAll: string;
  readonly partnerships: string;
  readonly summaryAgreements: string;
  readonly summaryPaid: string;
}

const en: FundingReportText = {
  section: 'Funding program',
  intro:
    'Agreements funded in the quarter: approved, active or closed, and running at some time in the quarter. Amounts are in Canadian dollars and are published as they are; counts of migrant-worker organisations and of partnerships follow the same disclosure rules as counts of people.',
  streams: { policy: 'Policy', community_action: 'Community action', capacity_building: 'Capacity building', other: 'Other' },
  byStream: 'Agreements funded in the quarter, by stream',
  byStreamSheet: 'Funding by stream',
  stream: 'Stream',
  total: 'Total',
  agreements: 'Agreements',
  approved: 'Amount approved',
  claimed: 'Claimed in the quarter',
  paid: 'Paid in the quarter',
  claimedToDate: 'Claimed to date',
  paidToDate: 'Paid to date',
  reports: 'Reports owed by funded agreements',
  reportsSheet: 'Funding reports',
  report: 'Report',
  reportKinds: { interim_report: 'Interim reports', final_report: 'Final reports' },
  due: 'Due in the quarter',
  received: 'Received in the quarter',
  overdue: 'Overdue at the end of the quarter',
  organisations: 'Migrant-worker organisations and partnerships',
  organisationsSheet: 'Funded organisations',
  measure: 'Measure',
  number: 'Number',
  workerOrganisationsIn: (stream) => `Migrant-worker organisations: ${stream}`,
  workerOrganisationsAll: 'Migrant-worker organisations, all streams (each counted once)',
  partnerships: 'Partnerships pairing a smaller organisation with a larger one',
  summaryAgreements: 'Funding agreements running in the quarter',
  summaryPaid: 'Funding paid in the quarter',
};

// Fixed words spaced the French way (no-break space before ":" and ";"), like the rest of the report.
const fr: FundingReportText = typesetFrench<FundingReportText>({
  section: 'Programme de financement',
  intro:
    'Ententes financées au cours du trimestre : approuvées, en cours ou terminées, et en vigueur à un moment du trimestre. Les montants sont en dollars canadiens et publiés tels quels ; les nombres d’organisations de travailleurs migrants et de partenariats suivent les mêmes règles de confidentialité que les nombres de personnes.',
  streams: { policy: 'Politiques', community_action: 'Action communautaire', capacity_building: 'Renforcement des capacités', other: 'Autre' },
  byStream: 'Ententes financées au cours du trimestre, par volet',
  byStreamSheet: 'Financement par volet',
  stream: 'Volet',
  total: 'Total',
  agreements: 'Ententes',
  approved: 'Montant approuvé',
  claimed: 'Demandé au cours du trimestre',
  paid: 'Versé au cours du trimestre',
  claimedToDate: 'Demandé à ce jour',
  paidToDate: 'Versé à ce jour',
  reports: 'Rapports dus par les ententes financées',
  reportsSheet: 'Rapports de financement',
  report: 'Rapport',
  reportKinds: { interim_report: 'Rapports d’étape', final_report: 'Rapports finaux' },
  due: 'À remettre au cours du trimestre',
  received: 'Reçus au cours du trimestre',
  overdue: 'En retard à la fin du trimestre',
  organisations: 'Organisations de travailleurs migrants et partenariats',
  organisationsSheet: 'Organisations financées',
  measure: 'Mesure',
  number: 'Nombre',
  workerOrganisationsIn: (stream) => spaced`Organisations de travailleurs migrants : ${stream}`,
  workerOrganisationsAll: 'Organisations de travailleurs migrants, tous volets (chacune comptée une fois)',
  partnerships: 'Partenariats associant une organisation plus petite à une plus grande',
  summaryAgreements: 'Ententes de financement en vigueur au cours du trimestre',
  summaryPaid: 'Financement versé au cours du trimestre',
});

export function fundingReportText(language: ReportLanguage): FundingReportText {
  return language === 'fr' ? fr : en;
}
