import type { FundingStream, AgreementStatus } from '../../../shared/domain/funding/codes';
import type { ReportLanguage } from '../text/report-format';

/** The payment schedule's words in English and French. */
export interface PaymentScheduleText {
  readonly fileStem: string;
  /** The printed pages' footer: "Payment schedule · Prepared on October 1, 2026 · Page 1 of 2". */
  readonly title: string;
  preparedOn(date: string): string;
  readonly page: string;
  readonly of: string;
  readonly agreementsSheet: string;
  readonly scheduleSheet: string;
  readonly claimsSheet: string;
  readonly paymentsSheet: string;
  readonly agreement: string;
  readonly lead: string;
  readonly stream: string;
  readonly status: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly approved: string;
  readonly planned: string;
  readonly claimed: string;
  readonly paid: string;
  readonly balance: string;
  readonly fiscalQuarter: string;
  readonly receivedOn: string;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly amount: string;
  fiscalYear(year: number): string;
  readonly paidOn: string;
  readonly againstClaim: string;
  readonly total: string;
  readonly streams: Record<FundingStream, string>;
  readonly statuses: Record<AgreementStatus, string>;
}

const en: PaymentScheduleText = {
  fileStem: 'payment-schedule',
  title: 'Payment schedule',
  preparedOn: (date) => `Prepared on ${date}`,
  page: 'Page',
  of: 'of',
  agreementsSheet: 'Agreements',
  scheduleSheet: 'By fiscal quarter',
  claimsSheet: 'Claims by fiscal year',
  paymentsSheet: 'Payments',
  agreement: 'Agreement',
  lead: 'Lead organisation',
  stream: 'Stream',
  status: 'Status',
  startsOn: 'Starts',
  endsOn: 'Ends',
  approved: 'Amount approved',
  planned: 'Planned instalments',
  claimed: 'Claims received',
  paid: 'Payments made',
  balance: 'Balance remaining',
  fiscalQuarter: 'Fiscal quarter',
  receivedOn: 'Received on',
  periodFrom: 'Expenses from',
  periodTo: 'Expenses to',
  amount: 'Amount claimed',
  fiscalYear: (year) => `Charged to ${year}–${String(year + 1).slice(2)}`,
  paidOn: 'Paid on',
  againstClaim: 'Against the claim received on',
  total: 'Total',
  streams: { policy: 'Policy', community_action: 'Community action', capacity_building: 'Capacity building', other: 'Other' },
  statuses: { proposed: 'Proposed', approved: 'Approved', active: 'Active', closed: 'Closed', cancelled: 'Cancelled' },
};

const fr: PaymentScheduleText = {
  fileStem: 'echeancier-des-paiements',
  title: 'Échéancier des paiements',
  preparedOn: (date) => `Préparé le ${date}`,
  page: 'Page',
  of: 'de',
  agreementsSheet: 'Ententes',
  scheduleSheet: 'Par trimestre',
  claimsSheet: 'Demandes par exercice',
  paymentsSheet: 'Paiements',
  agreement: 'Entente',
  lead: 'Organisme responsable',
  stream: 'Volet',
  status: 'Statut',
  startsOn: 'Début',
  endsOn: 'Fin',
  approved: 'Montant approuvé',
  planned: 'Versements prévus',
  claimed: 'Demandes reçues',
  paid: 'Paiements effectués',
  balance: 'Solde restant',
  fiscalQuarter: 'Trimestre de l’exercice',
  receivedOn: 'Reçue le',
  periodFrom: 'Dépenses du',
  periodTo: 'Dépenses au',
  amount: 'Montant demandé',
  fiscalYear: (year) => `Imputé à ${year}-${year + 1}`,
  paidOn: 'Payé le',
  againstClaim: 'Pour la demande reçue le',
  total: 'Total',
  streams: { policy: 'Politiques', community_action: 'Action communautaire', capacity_building: 'Renforcement des capacités', other: 'Autre' },
  statuses: { proposed: 'Proposée', approved: 'Approuvée', active: 'En cours', closed: 'Terminée', cancelled: 'Annulée' },
};

export function paymentScheduleText(language: ReportLanguage): PaymentScheduleText {
  return language === 'fr' ? fr : en;
}
