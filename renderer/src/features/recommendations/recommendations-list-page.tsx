import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  recommendationKinds,
  recommendationStatuses,
  type RecommendationKind,
  type RecommendationStatus,
} from '../../../../shared/domain/recommendation';
import { useOperation } from '../../api/use-operation';
import { hrefFor } from '../../app/routes';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField, TextField } from '../../ui/fields';
import { fiscalQuarterOptions } from './quarter-options';
import { useWorkingGroupChoices } from './use-recommendation-choices';

export function RecommendationsListPage() {
  const { t } = useTranslation('recommendations');
  const { t: tc } = useTranslation();
  const [search, setSearch] = useState('');
  const [group, setGroup] = useState('');
  const [kind, setKind] = useState<RecommendationKind | ''>('');
  const [status, setStatus] = useState<RecommendationStatus | ''>('');
  const [quarter, setQuarter] = useState('');
  const deferredSearch = useDeferredValue(search);
  const groups = useWorkingGroupChoices();
  const list = useOperation('recommendations.list', {
    search: deferredSearch,
    workingGroupId: group ? Number(group) : null,
    kind: kind || null,
    status: status || null,
    quarter: quarter || null,
    limit: 500,
  });

  return (
    <section aria-labelledby="recommendations-title" className="recommendations-list">
      <header className="page-header">
        <h1 id="recommendations-title">{t('title')}</h1>
        <a className="button button--primary" href={hrefFor('recommendations', 'new')}>
          {t('add')}
        </a>
      </header>
      <div className="filters">
        <TextField label={t('searchLabel')} type="search" value={search} onChange={setSearch} hint={t('searchHint')} />
        <SelectField
          label={t('filterGroup')}
          value={group}
          onChange={setGroup}
          options={[{ value: '', label: t('allGroups') }, ...groups]}
        />
        <SelectField<RecommendationKind | ''>
          label={t('filterKind')}
          value={kind}
          onChange={setKind}
          options={[
            { value: '', label: t('allKinds') },
            ...recommendationKinds.map((value) => ({ value, label: t(`kinds.${value}`) })),
          ]}
        />
        <SelectField<RecommendationStatus | ''>
          label={t('filterStatus')}
          value={status}
          onChange={setStatus}
          options={[
            { value: '', label: t('allStatuses') },
            ...recommendationStatuses.map((value) => ({ value, label: t(`statuses.${value}`) })),
          ]}
        />
        <SelectField
          label={t('filterQuarter')}
          value={quarter}
          onChange={setQuarter}
          options={[
            { value: '', label: t('allQuarters') },
            ...fiscalQuarterOptions().map((key) => ({ value: key, label: t('quarterOption', { key }) })),
          ]}
        />
      </div>
      <ErrorBanner error={list.error} onRetry={list.reload} />
      <p role="status" aria-live="polite" className="result-count">
        {list.data ? t('count', { count: list.data.total }) : tc('actions.loading')}
      </p>
      {list.data?.total === 0 && <p>{t('empty')}</p>}
      {list.data && list.data.items.length > 0 && (
        <table className="recommendations-table">
          <thead>
            <tr>
              <th scope="col">{t('columns.title')}</th>
              <th scope="col">{t('columns.kind')}</th>
              <th scope="col">{t('columns.group')}</th>
              <th scope="col">{t('columns.drafted')}</th>
              <th scope="col">{t('columns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((item) => (
              <tr key={item.id}>
                <td>
                  <a href={hrefFor('recommendations', item.id)}>{item.title}</a>
                </td>
                <td>{t(`kinds.${item.kind}`)}</td>
                <td>{item.workingGroupName ?? tc('none')}</td>
                <td>{item.draftedOn}</td>
                <td>
                  <span className={`recommendations-status recommendations-status--${item.status}`}>
                    {t(`statuses.${item.status}`)}
                  </span>
                  {item.implementationStatus && (
                    <span className="tag">{t(`implementation.${item.implementationStatus}`)}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
