import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOperation } from '../../api/use-operation';
import { hrefFor } from '../../app/routes';
import { ErrorBanner } from '../../ui/error-banner';
import { TextField } from '../../ui/fields';

export function OrganisationsListPage() {
  const { t } = useTranslation('organisations');
  const { t: tc } = useTranslation();
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const { data, error, reload } = useOperation('organisations.list', { search: deferredSearch });

  return (
    <section aria-labelledby="organisations-title">
      <header className="page-header">
        <h1 id="organisations-title">{t('title')}</h1>
        <a className="button button--primary" href={hrefFor('organisations', 'new')}>
          {t('add')}
        </a>
      </header>
      <div className="registry-filters">
        <TextField label={t('search')} type="search" value={search} onChange={setSearch} />
      </div>
      <ErrorBanner error={error} onRetry={reload} />
      {!data && !error && <p>{tc('actions.loading')}</p>}
      {data && data.items.length === 0 && <p>{t('empty')}</p>}
      {data && data.items.length > 0 && (
        <table className="registry-table">
          <thead>
            <tr>
              <th scope="col">{t('columns.name')}</th>
              <th scope="col">{t('columns.sector')}</th>
              <th scope="col">{t('columns.city')}</th>
              <th scope="col">{t('columns.people')}</th>
              <th scope="col">{t('columns.networkMember')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((organisation) => (
              <tr key={organisation.id}>
                <td>
                  <a href={hrefFor('organisations', organisation.id)}>{organisation.name}</a>
                </td>
                <td>{organisation.sector ? tc(`categories.${organisation.sector}`) : tc('none')}</td>
                <td>{organisation.cityOrRegion ?? tc('none')}</td>
                <td>{organisation.peopleCount}</td>
                <td>{organisation.networkMemberId === null ? tc('no') : tc('yes')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
