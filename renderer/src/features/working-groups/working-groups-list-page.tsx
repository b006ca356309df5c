import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { WorkingGroupStatus, WorkingGroupSummary } from '../../../../shared/domain/working-group';
import { hrefFor } from '../../app/routes';
import { formatNumber } from '../../i18n/format';
import { DataTable } from '../../ui/data-table';
import { SelectField } from '../../ui/fields';
import { ListPage } from '../../ui/list-page';
import { workingGroupQueries } from './working-group-queries';
import type { ProvinceCode } from '../../../../shared/domain/provinces';
import { ProvinceFilter } from '../../ui/province-filter';

type StatusFilter = WorkingGroupStatus | 'all';

export function WorkingGroupsListPage() {
  const { t } = useTranslation('workingGroups');
  const { t: tc } = useTranslation();
  const [status, setStatus] = useState<StatusFilter>('active');
  const [province, setProvince] = useState<ProvinceCode | ''>('');
  const list = useQuery(workingGroupQueries.list({ status: status === 'all' ? null : status, province: province || null }));
  const filtered = status !== 'all' || province !== '';
  const items = list.data?.items ?? [];

  return (
    <ListPage
      title={t('title')}
      actions={
        <a className="button button--primary" href={hrefFor('workingGroups', 'new')}>
          {t('add')}
        </a>
      }
      filters={
        <>
          <SelectField<StatusFilter>
            label={t('filterStatus')}
            value={status}
            onChange={setStatus}
            options={(['active', 'closed', 'all'] as const).map((value) => ({ value, label: t(`statusFilter.${value}`) }))}
          />
          <ProvinceFilter value={province} onChange={setProvince} />
        </>
      }
      error={list.error}
      onRetry={() => void list.refetch()}
      loading={list.isPending}
      empty={items.length === 0 && (filtered ? t('emptyFiltered') : t('empty'))}
    >
      <DataTable<WorkingGroupSummary>
        caption={t('title')}
        rows={items}
        rowKey={(group) => group.id}
        columns={[
          { key: 'name', header: t('columns.name'), cell: (group) => <a href={hrefFor('workingGroups', group.id)}>{group.name}</a> },
          { key: 'status', header: t('columns.status'), cell: (group) => t(`status.${group.status}`) },
          { key: 'province', header: tc('province'), cell: (group) => tc(`provinces.${group.province}`) },
          { key: 'members', header: t('columns.members'), cell: (group) => formatNumber(group.currentMemberCount) },
          { key: 'chairs', header: t('columns.chairs'), cell: (group) => group.chairNames.join(', ') || tc('none') },
        ]}
      />
    </ListPage>
  );
}
