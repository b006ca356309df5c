import type { AgreementDetail } from '../../../shared/domain/funding/agreement-views';
import { fiscalQuarterLabel } from '../../../shared/domain/fiscal-quarter';
import { date, money, text, type ReportCell, type ReportTable } from '../document/report-table';
import { reportFormat, type ReportLanguage } from '../text/report-format';
import { WorkbookBuilder } from '../xlsx/xlsx-blocks';
import { paymentScheduleText, type PaymentScheduleText } from './payment-schedule-text';

export interface ScheduledAgreement {
  readonly agreement: AgreementDetail;
  /** The organisation the funder pays; partners are not named. */
  readonly lead: string;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const blank = text('');

function agreementsTable(items: readonly ScheduledAgreement[], t: PaymentScheduleText): ReportTable {
  const money5 = (agreement: AgreementDetail) => [
    agreement.money.approvedCents,
    agreement.money.plannedCents,
    agreement.money.claimedCents,
    agreement.money.paidCents,
    agreement.money.balanceCents,
  ];
  return {
    sheetName: t.agreementsSheet,
    title: t.agreementsSheet,
    columns: [
      { header: t.agreement },
      { header: t.lead },
      { header: t.stream },
      { header: t.status },
      { header: t.startsOn },
      { header: t.endsOn },
      ...[t.approved, t.planned, t.claimed, t.paid, t.balance].map((header) => ({ header })),
    ],
    rows: items.map(({ agreement, lead }) => [
      text(agreement.title),
      text(lead),
      text(t.streams[agreement.stream]),
      text(t.statuses[agreement.status]),
      date(agreement.startsOn),
      date(agreement.endsOn),
      ...money5(agreement).map(money),
    ]),
    totals: [text(t.total), blank, blank, blank, blank, blank, ...[0, 1, 2, 3, 4].map((index) => money(sum(items.map(({ agreement }) => money5(agreement)[index]!))))],
  };
}

function quartersTable(items: readonly ScheduledAgreement[], t: PaymentScheduleText, language: ReportLanguage): ReportTable {
  const rows = items.flatMap(({ agreement }) => agreement.byQuarter.map((row) => ({ title: agreement.title, ...row })));
  return {
    sheetName: t.scheduleSheet,
    title: t.scheduleSheet,
    columns: [{ header: t.agreement }, { header: t.fiscalQuarter }, ...[t.planned, t.claimed, t.paid].map((header) => ({ header }))],
    rows: rows.map((row) => [text(row.title), text(fiscalQuarterLabel(row.quarter, language)), money(row.plannedCents), money(row.claimedCents), money(row.paidCents)]),
    totals: [text(t.total), blank, money(sum(rows.map((row) => row.plannedCents))), money(sum(rows.map((row) => row.claimedCents))), money(sum(rows.map((row) => row.paidCents)))],
  };
}

/** One row per claim, one column per fiscal year its period touches: the amount charged to each year. */
function claimsTable(items: readonly ScheduledAgreement[], t: PaymentScheduleText): ReportTable {
  const claims = items.flatMap(({ agreement }) => agreement.claims.map((claim) => ({ title: agreement.title, claim })));
  const years = [...new Set(claims.flatMap(({ claim }) => claim.byFiscalYear.map((share) => share.fiscalYear)))].sort((a, b) => a - b);
  const share = (claim: (typeof claims)[number]['claim'], year: number) => claim.byFiscalYear.find((entry) => entry.fiscalYear === year)?.amountCents ?? 0;
  return {
    sheetName: t.claimsSheet,
    title: t.claimsSheet,
    columns: [
      { header: t.agreement },
      { header: t.receivedOn },
      { header: t.periodFrom },
      { header: t.periodTo },
      { header: t.amount },
      ...years.map((year) => ({ header: t.fiscalYear(year) })),
    ],
    rows: claims.map(({ title, claim }): ReportCell[] => [
      text(title),
      date(claim.receivedOn),
      date(claim.periodFrom),
      date(claim.periodTo),
      money(claim.amountCents),
      ...years.map((year) => money(share(claim, year))),
    ]),
    totals: [
      text(t.total),
      blank,
      blank,
      blank,
      money(sum(claims.map(({ claim }) => claim.amountCents))),
      ...years.map((year) => money(sum(claims.map(({ claim }) => share(claim, year))))),
    ],
  };
}

function paymentsTable(items: readonly ScheduledAgreement[], t: PaymentScheduleText, language: ReportLanguage): ReportTable {
  const payments = items.flatMap(({ agreement }) =>
    agreement.payments.map((payment) => ({ title: agreement.title, payment, claim: agreement.claims.find((claim) => claim.id === payment.claimId) })),
  );
  return {
    sheetName: t.paymentsSheet,
    title: t.paymentsSheet,
    columns: [{ header: t.agreement }, { header: t.paidOn }, { header: t.fiscalQuarter }, { header: t.paid }, { header: t.againstClaim }],
    rows: payments.map(({ title, payment, claim }) => [
      text(title),
      date(payment.paidOn),
      text(fiscalQuarterLabel(payment.quarter, language)),
      money(payment.amountCents),
      claim ? date(claim.receivedOn) : blank,
    ]),
    totals: [text(t.total), blank, blank, money(sum(payments.map(({ payment }) => payment.amountCents))), blank],
  };
}

/**
 * The payment schedule for the funder (.xlsx): the agreements with their balance, money by fiscal
 * quarter, claims charged to each fiscal year and every payment. Totals are SUM formulas and each
 * balance is approved less paid, so the funder's own edits recompute. Pure: data in, bytes out.
 */
export async function buildPaymentScheduleXlsx(
  items: readonly ScheduledAgreement[],
  language: ReportLanguage,
  preparedOn: string,
): Promise<Buffer> {
  const t = paymentScheduleText(language);
  const format = reportFormat(language);
  // No count of people is printed: the threshold only satisfies the builder. Each sheet prints one
  // page wide with the schedule, the day it was prepared and the page number in its footer.
  const footer = { what: t.title, status: t.preparedOn(format.date(preparedOn)), page: t.page, of: t.of };
  const builder = new WorkbookBuilder({ format, threshold: 10, footer });
  builder.addTable(agreementsTable(items, t));
  const agreements = builder.workbook.worksheets[0]!;
  items.forEach(({ agreement }, index) => {
    const row = index + 2;
    agreements.getCell(`K${row}`).value = { formula: `G${row}-J${row}`, result: agreement.money.balanceCents / 100 };
  });
  builder.addTable(quartersTable(items, t, language));
  builder.addTable(claimsTable(items, t));
  builder.addTable(paymentsTable(items, t, language));
  return builder.toBuffer();
}
