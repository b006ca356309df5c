import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fiscalQuarterLabel, parseFiscalQuarterKey } from '../../../../shared/domain/fiscal-quarter';
import type { ReleaseSummary } from '../../../../shared/domain/release-register';
import { currentUiLanguage } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { DataTable } from '../../ui/data-table';
import { ErrorBanner } from '../../ui/error-banner';
import { reportQueries } from './report-queries';

/**
 * The release register: what has gone out to funders and government, so the coordinator can see
 * it and knows each new document is checked against all of it. Generating a shared document
 * refetches it (its mutation changes the reports area).
 */
export function ReleaseRegister() {
  const { t } = useTranslation('reports');
  const headingId = useId();
  const releases = useQuery(reportQueries.releases());
  const items = releases.data?.items ?? [];

  const documentName = (release: ReleaseSummary) => {
    if (release.documentKind === 'quarterly_report') {
      const period = release.period ? fiscalQuarterLabel(parseFiscalQuarterKey(release.period), currentUiLanguage()) : '';
      return release.province
        ? t('register.quarterlyProvincial', { period, province: t(`common:provinces.${release.province}`) })
        : t('register.quarterly', { period });
    }
    return release.meetingTitle ? t('register.minutes', { title: release.meetingTitle }) : t('register.minutesGone', { id: release.meetingId });
  };

  return (
    <section aria-labelledby={headingId} className="reports-panel">
      <h2 id={headingId}>{t('register.heading')}</h2>
      <p>{t('register.intro')}</p>
      <ErrorBanner error={releases.error} onRetry={() => void releases.refetch()} />
      {items.length === 0 ? (
        <p>{t('register.none')}</p>
      ) : (
        <DataTable<ReleaseSummary>
          caption={t('register.caption')}
          captionVisible
          rows={items}
          rowKey={(release) => release.id}
          columns={[
            {
              key: 'at',
              header: t('register.releasedAt'),
              cell: (release) => <time dateTime={release.releasedAt}>{formatDateTime(release.releasedAt)}</time>,
            },
            { key: 'document', header: t('register.document'), rowHeader: true, cell: documentName },
            {
              key: 'file',
              header: t('register.file'),
              cell: (release) => (
                <>
                  {release.fileName}
                  <br />
                  {t('register.fileLine', {
                    format: { docx: 'Word', xlsx: 'Excel', pdf: 'PDF' }[release.format],
                    language: t(`register.languages.${release.language}`),
                    status: t(`statuses.${release.status}`),
                  })}
                </>
              ),
            },
            { key: 'hidden', header: t('register.hidden'), cell: (release) => t('register.hiddenCells', { hidden: release.hiddenCount, count: release.cellCount }) },
            {
              key: 'earlier',
              header: t('register.earlier'),
              cell: (release) =>
                release.earlierReleases === 0 ? t('register.earlierNone') : t('register.earlierDocuments', { count: release.earlierReleases }),
            },
            {
              key: 'fingerprint',
              header: t('register.fingerprint'),
              cell: (release) => <code title={release.fileSha256}>{release.fileSha256.slice(0, 12)}…</code>,
            },
          ]}
        />
      )}
      <button type="button" onClick={() => void releases.refetch()}>
        {t('register.refresh')}
      </button>
    </section>
  );
}
