import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOperation } from '../../api/use-operation';
import { ErrorBanner } from '../../ui/error-banner';
import { ConsentForm } from './consent-form';

export function ConsentRegisterPanel({ memberId, withdrawn, onChanged }: { memberId: number; withdrawn: boolean; onChanged: () => void }) {
  const { t } = useTranslation('memberRegistry');
  const { t: tc } = useTranslation();
  const { data, error, reload } = useOperation('consent.history', { memberId });
  const yesNo = (value: boolean) => (value ? tc('yes') : tc('no'));
  const current = data?.items[0];
  const [recording, setRecording] = useState(false);

  return (
    <section aria-labelledby="consent-title">
      <h2 id="consent-title">{t('consent.title')}</h2>
      <ErrorBanner error={error} onRetry={reload} />
      {data && data.items.length === 0 && <p>{t('consent.none')}</p>}
      {current && <p className="muted">{t('consent.current', { date: current.givenOn })}</p>}
      {data && data.items.length > 0 && (
        <table className="registry-table" aria-labelledby="consent-title">
          <thead>
            <tr>
              <th scope="col">{t('consent.columns.givenOn')}</th>
              <th scope="col">{t('consent.columns.contact')}</th>
              <th scope="col">{t('consent.columns.named')}</th>
              <th scope="col">{t('consent.columns.testimony')}</th>
              <th scope="col">{t('consent.columns.photos')}</th>
              <th scope="col">{t('consent.columns.method')}</th>
              <th scope="col">{t('consent.columns.note')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((entry, index) => (
              <tr key={entry.id} className={index === 0 ? undefined : 'registry-table__past'}>
                <td>{entry.givenOn}</td>
                <td>{yesNo(entry.mayContact)}</td>
                <td>{yesNo(entry.mayBeNamed)}</td>
                <td>{yesNo(entry.testimonyMayBeRecorded)}</td>
                <td>{yesNo(entry.mayAppearInPhotos)}</td>
                <td>{t(`consent.methods.${entry.method}`)}</td>
                <td>{entry.note ?? tc('none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && !withdrawn && !recording && (
        <button type="button" onClick={() => setRecording(true)}>
          {t('consent.record')}
        </button>
      )}
      {data && !withdrawn && recording && (
        <ConsentForm
          key={current?.id ?? 0}
          memberId={memberId}
          current={current}
          onCancel={() => setRecording(false)}
          onRecorded={() => {
            setRecording(false);
            reload();
            onChanged();
          }}
        />
      )}
    </section>
  );
}
