import { useDeferredValue, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  recommendationKinds,
  recommendationStatuses,
  type RecommendationKind,
  type RecommendationStatus,
  type RecommendationSummary,
} from '../../../../shared/domain/recommendation';
import { hrefFor } from '../../app/routes';
import { formatIsoDate } from '../../i18n/format';
import { DataTable } from '../../ui/data-table';
import { SelectField, TextField } from '../../ui/fields';
import { ListPage } from '../../ui/list-page';
import { Tag } from '../../ui/tag';
import { fiscalQuarterOptions } from './quarter-options';
import { recommendationQueries } from './recommendation-queries';
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
  const list = useQuery(
    recommendationQueries.list({
      search: deferredSearch,
      workingGroupId: group ? Number(group) : null,
      kind: kind || null,
      status: status || null,
      quarter: quarter || null,
      limit: 500,
    }),
  );

  return (
    <ListPage
      title={t('title')}
      actions={
        <a className="button button--primary" href={hrefFor('recommendations', 'new')}>
          {t('add')}
        </a>
      }
      filters={
        <>
          <TextField label={t('searchLabel')} type="search" value={search} onChange={setSearch} hint={t('searchHint')} />
          <SelectField label={t('filterGroup')} value={group} onChange={setGroup} options={[{ value: '', label: t('allGroups') }, ...groups]} />
          <SelectField<RecommendationKind | ''>
            label={t('filterKind')}
            value={kind}
            onChange={setKind}
            options={[{ value: '', label: t('allKinds') }, ...recommendationKinds.map((value) => ({ value, label: t(`kinds.${value}`) }))]}
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
        </>
      }
      count={list.data && t('count', { count: list.data.total })}
      error={list.error}
      onRetry={() => void list.refetch()}
      loading={list.isPending}
      empty={list.data?.total === 0 && t('empty')}
    >
      <DataTable<RecommendationSummary>
        caption={t('title')}
        rows={list.data?.items ?? []}
        rowKey={(item) => item.id}
        columns={[
          { key: 'title', header: t('columns.title'), cell: (item) => <a href={hrefFor('recommendations', item.id)}>{item.title}</a> },
          { key: 'kind', header: t('columns.kind'), cell: (item) => t(`kinds.${item.kind}`) },
          { key: 'group', header: t('columns.group'), cell: (item) => item.workingGroupName ?? tc('none') },
          { key: 'drafted', header: t('columns.drafted'), cell: (item) => formatIsoDate(item.draftedOn) },
          {
            key: 'status',
            header: t('columns.status'),
            cell: (item) => (
              <>
                <span className={`recommendations-status recommendations-status--${item.status}`}>{t(`statuses.${item.status}`)}</span>
                {item.implementationStatus && <Tag>{t(`implementation.${item.implementationStatus}`)}</Tag>}
              </>
            ),
          },
        ]}
      />
    </ListPage>
  );
}
