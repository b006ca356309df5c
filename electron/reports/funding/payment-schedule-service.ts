import { committedStatuses } from '../../../shared/domain/funding/agreement';
import type { RedactionHit, ReportFile, ReportLanguage } from '../../../shared/domain/report';
import type { Executor } from '../../ledger/database';
import { readAgreementDetail } from '../../ledger/funding/agreement-detail';
import { requireAgreement } from '../../ledger/funding/funding-rules';
import type { Ledger } from '../../ledger/ledger';
import { todayIsoDate } from '../../../shared/domain/dates';
import { findRedactionHits } from '../privacy/redaction-check';
import { refuseUnconfirmedHits } from '../privacy/refuse-unconfirmed-hits';
import { reportFile } from '../report-file';
import { migrantWorkerNames } from '../privacy/migrant-worker-names';
import { buildPaymentScheduleXlsx, type ScheduledAgreement } from './build-payment-schedule-xlsx';
import { paymentScheduleText } from './payment-schedule-text';

/**
 * The agreements a schedule covers: one agreement when asked, otherwise every funded one (approved,
 * active or closed, and a cancelled one that paid something). Proposals are not the funder's yet.
 */
async function scheduledAgreements(db: Executor, agreementId: number | null): Promise<ScheduledAgreement[]> {
  if (agreementId !== null) await requireAgreement(db, agreementId);
  const rows = await db
    .selectFrom('funding_agreements')
    .select(['id', 'status'])
    .$if(agreementId !== null, (query) => query.where('id', '=', agreementId!))
    .orderBy('starts_on')
    .orderBy('id')
    .execute();
  const items: ScheduledAgreement[] = [];
  for (const row of rows) {
    const agreement = await readAgreementDetail(db, row.id);
    const funded = committedStatuses.includes(agreement.status) || (agreement.status === 'cancelled' && agreement.payments.length > 0);
    if (agreementId === null && !funded) continue;
    items.push({ agreement, lead: agreement.parties.find((party) => party.role === 'lead')?.name ?? '' });
  }
  return items;
}

/** The schedule prints agreement titles and lead organisations' names: typed text, checked for workers' names. */
export async function paymentScheduleRedactionHits(db: Executor, agreementId: number | null): Promise<RedactionHit[]> {
  const items = await scheduledAgreements(db, agreementId);
  return findRedactionHits(
    'payment_schedule',
    items.flatMap(({ agreement, lead }) => [
      { field: 'agreementTitle' as const, where: '', text: agreement.title },
      { field: 'leadOrganisation' as const, where: agreement.title, text: lead },
    ]),
    await migrantWorkerNames(db),
  );
}

export async function exportPaymentSchedule(
  ledger: Ledger,
  request: { agreementId: number | null; language: ReportLanguage; confirmedHits: readonly string[] },
): Promise<ReportFile> {
  refuseUnconfirmedHits(await paymentScheduleRedactionHits(ledger.db, request.agreementId), request.confirmedHits);
  const items = await scheduledAgreements(ledger.db, request.agreementId);
  const t = paymentScheduleText(request.language);
  const scope = request.agreementId === null ? '' : `-${request.agreementId}`;
  const today = todayIsoDate(ledger.now());
  return reportFile(`${t.fileStem}${scope}-${today}`, 'xlsx', await buildPaymentScheduleXlsx(items, request.language, today));
}
