import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ConsentEntry } from '../../../../shared/domain/consent';
import { formatIsoDate } from '../../i18n/format';
import { DataTable } from '../../ui/data-table';
import { ErrorBanner } from '../../ui/error-banner';
import { consentQueries } from '../members/member-queries';
import { ConsentForm } from './consent-form';

export function ConsentRegisterPanel({ memberId, withdrawn }: { memberId: number; withdrawn: boolean }) {
  const { t } = useTranslation('memberRegistry');
  const { t: tc } = useTranslation();
  const history = useQuery(consentQueries.history(memberId));
  const yesNo = (value: boolean) => (value ? tc('yes') : tc('no'));
  const items = history.data?.items ?? [];
  const current = items[0];
  const [recording, setRecording] = useState(false);

  return (
    <section aria-labelledby="consent-title">
      <h2 id="consent-title">{t('consent.title')}</h2>
      <ErrorBanner error={history.error} onRetry={() => void history.refetch()} />
      {history.data && items.length === 0 && <p>{t('consent.none')}</p>}
      {current && <p className="muted">{t('consent.current', { date: formatIsoDate(current.givenOn) })}</p>}
      {items.length > 0 && (
        <DataTable<ConsentEntry>
          caption={t('consent.title')}
          rows={items}
          rowKey={(entry) => entry.id}
          rowClassName={(entry) => (entry === current ? undefined : 'row--past')}
          columns={[
            { key: 'given', header: t('consent.columns.givenOn'), cell: (entry) => formatIsoDate(entry.givenOn) },
            { key: 'contact', header: t('consent.columns.contact'), cell: (entry) => yesNo(entry.mayContact) },
            { key: 'named', header: t('consent.columns.named'), cell: (entry) => yesNo(entry.mayBeNamed) },
            { key: 'testimony', header: t('consent.columns.testimony'), cell: (entry) => yesNo(entry.testimonyMayBeRecorded) },
            { key: 'photos', header: t('consent.columns.photos'), cell: (entry) => yesNo(entry.mayAppearInPhotos) },
            { key: 'method', header: t('consent.columns.method'), cell: (entry) => t(`consent.methods.${entry.method}`) },
            { key: 'note', header: t('consent.columns.note'), cell: (entry) => entry.note ?? tc('none') },
          ]}
        />
      )}
      {history.data && !withdrawn && !recording && (
        <button type="button" onClick={() => setRecording(true)}>
          {t('consent.record')}
        </button>
      )}
      {history.data && !withdrawn && recording && (
        <ConsentForm key={current?.id ?? 0} memberId={memberId} current={current} onDone={() => setRecording(false)} />
      )}
    </section>
  );
}
