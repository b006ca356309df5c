import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkingGroupStatus } from '../../../../shared/domain/working-group';
import { useOperation } from '../../api/use-operation';
import { hrefFor } from '../../app/routes';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField } from '../../ui/fields';

type StatusFilter = WorkingGroupStatus | 'all';

export function WorkingGroupsListPage() {
  const { t } = useTranslation('workingGroups');
  const { t: tc } = useTranslation();
  const [status, setStatus] = useState<StatusFilter>('active');
  const { data, error, reload } = useOperation('workingGroups.list', { status: status === 'all' ? null : status });

  return (
    <section aria-labelledby="working-groups-title">
      <header className="page-header">
        <h1 id="working-groups-title">{t('title')}</h1>
        <a className="button button--primary" href={hrefFor('workingGroups', 'new')}>
          {t('add')}
        </a>
      </header>
      <div className="registry-filters">
        <SelectField<StatusFilter>
          label={t('filterStatus')}
          value={status}
          onChange={setStatus}
          options={(['active', 'closed', 'all'] as const).map((value) => ({ value, label: t(`statusFilter.${value}`) }))}
        />
      </div>
      <ErrorBanner error={error} onRetry={reload} />
      {!data && !error && <p>{tc('actions.loading')}</p>}
      {data && data.items.length === 0 && <p>{t('empty')}</p>}
      {data && data.items.length > 0 && (
        <table className="registry-table">
          <thead>
            <tr>
              <th scope="col">{t('columns.name')}</th>
              <th scope="col">{t('columns.status')}</th>
              <th scope="col">{t('columns.members')}</th>
              <th scope="col">{t('columns.chairs')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((group) => (
              <tr key={group.id}>
                <td>
                  <a href={hrefFor('workingGroups', group.id)}>{group.name}</a>
                </td>
                <td>{t(`status.${group.status}`)}</td>
                <td>{group.currentMemberCount}</td>
                <td>{group.chairNames.join(', ') || tc('none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
