import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fiscalQuarterLabel, parseFiscalQuarterKey } from '../../../../shared/domain/fiscal-quarter';
import type { ReleaseSummary } from '../../../../shared/domain/release-register';
import { currentUiLanguage } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
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
  const reload = () => void releases.refetch();
  const items = releases.data?.items ?? [];
  const language = currentUiLanguage();

  const documentName = (release: ReleaseSummary) => {
    if (release.documentKind === 'quarterly_report') {
      return t('register.quarterly', { period: release.period ? fiscalQuarterLabel(parseFiscalQuarterKey(release.period), language) : '' });
    }
    return release.meetingTitle
      ? t('register.minutes', { title: release.meetingTitle })
      : t('register.minutesGone', { id: release.meetingId });
  };

  return (
    <section aria-labelledby={headingId} className="reports-panel">
      <h2 id={headingId}>{t('register.heading')}</h2>
      <p>{t('register.intro')}</p>
      <ErrorBanner error={releases.error} onRetry={reload} />
      {items.length === 0 ? (
        <p>{t('register.none')}</p>
      ) : (
        <table className="meetings-table">
          <caption>{t('register.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('register.releasedAt')}</th>
              <th scope="col">{t('register.document')}</th>
              <th scope="col">{t('register.file')}</th>
              <th scope="col">{t('register.hidden')}</th>
              <th scope="col">{t('register.earlier')}</th>
              <th scope="col">{t('register.fingerprint')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((release) => (
              <tr key={release.id}>
                <td>
                  <time dateTime={release.releasedAt}>{formatDateTime(release.releasedAt)}</time>
                </td>
                <th scope="row">{documentName(release)}</th>
                <td>
                  {release.fileName}
                  <br />
                  {t('register.fileLine', {
                    format: { docx: 'Word', xlsx: 'Excel', pdf: 'PDF' }[release.format],
                    language: t(`register.languages.${release.language}`),
                    status: t(`statuses.${release.status}`),
                  })}
                </td>
                <td>{t('register.hiddenCells', { hidden: release.hiddenCount, count: release.cellCount })}</td>
                <td>
                  {release.earlierReleases === 0
                    ? t('register.earlierNone')
                    : t('register.earlierDocuments', { count: release.earlierReleases })}
                </td>
                <td>
                  <code title={release.fileSha256}>{release.fileSha256.slice(0, 12)}…</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={reload}>
        {t('register.refresh')}
      </button>
    </section>
  );
}
