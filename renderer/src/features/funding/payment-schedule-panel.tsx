import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ReportLanguage } from '../../../../shared/domain/report';
import { call } from '../../api/client';
import { useFileDownload } from '../../api/use-file-download';
import { currentUiLanguage } from '../../i18n';
import { BlockedButton } from '../../ui/blocked-button';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField } from '../../ui/fields';
import { DownloadProgress } from '../reports/download-progress';
import { languageOptions } from '../reports/report-language-options';
import { RedactionHitsPanel } from '../reports/redaction-hits-panel';
import { useRedactionReview } from '../reports/use-redaction-review';
import { fundingQueries } from './funding-queries';

/**
 * The payment schedule for the funder (.xlsx): every funded agreement, or the one shown. Agreement
 * titles and lead organisations are checked for migrant workers' names first, as every shared
 * document's free text is.
 */
export function PaymentSchedulePanel({ agreementId = null }: { agreementId?: number | null }) {
  const { t } = useTranslation('funding');
  const [language, setLanguage] = useState<ReportLanguage>(currentUiLanguage());
  const redaction = useQuery(fundingQueries.scheduleRedaction(agreementId));
  const review = useRedactionReview(redaction);
  const download = useFileDownload();
  return (
    <section aria-labelledby="payment-schedule-title" className="card funding-panel">
      <h2 id="payment-schedule-title">{t('schedule.title')}</h2>
      <p>{agreementId === null ? t('schedule.introAll') : t('schedule.introOne')}</p>
      <ErrorBanner error={redaction.error} onRetry={() => void redaction.refetch()} />
      {review.hits.length > 0 && (
        <RedactionHitsPanel document="payment_schedule" hits={review.hits} confirmed={review.confirmed} onRecheck={review.recheck} onConfirm={review.confirm} />
      )}
      <SelectField<ReportLanguage> label={t('schedule.language')} value={language} options={languageOptions} onChange={setLanguage} />
      <ErrorBanner error={download.error} />
      <div className="actions">
        <BlockedButton
          className="button--primary"
          blockedBy={review.blockedBy}
          disabled={download.working || !!redaction.error}
          onClick={() => download.run('Excel', () => call('funding.paymentSchedule.export', { agreementId, language, confirmedHits: review.confirmedHits }))}
        >
          {t('schedule.download')}
        </BlockedButton>
      </div>
      <DownloadProgress download={download} />
    </section>
  );
}
