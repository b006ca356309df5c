import { useDeferredValue, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OrganisationSummary } from '../../../../shared/domain/organisation';
import { hrefFor } from '../../app/routes';
import { formatNumber } from '../../i18n/format';
import { DataTable } from '../../ui/data-table';
import { TextField } from '../../ui/fields';
import { ListPage } from '../../ui/list-page';
import { organisationQueries } from './organisation-queries';
import type { ProvinceCode } from '../../../../shared/domain/provinces';
import { ProvinceFilter } from '../../ui/province-filter';

export function OrganisationsListPage() {
  const { t } = useTranslation('organisations');
  const { t: tc } = useTranslation();
  const { t: tf } = useTranslation('funding');
  const [search, setSearch] = useState('');
  const [province, setProvince] = useState<ProvinceCode | ''>('');
  const deferredSearch = useDeferredValue(search);
  const list = useQuery(organisationQueries.list({ search: deferredSearch, province: province || null }));
  const items = list.data?.items ?? [];

  return (
    <ListPage
      title={t('title')}
      actions={
        <a className="button button--primary" href={hrefFor('organisations', 'new')}>
          {t('add')}
        </a>
      }
      filters={
        <>
          <TextField label={t('search')} type="search" value={search} onChange={setSearch} />
          <ProvinceFilter value={province} onChange={setProvince} />
        </>
      }
      error={list.error}
      onRetry={() => void list.refetch()}
      loading={list.isPending}
      empty={items.length === 0 && t('empty')}
    >
      <DataTable<OrganisationSummary>
        caption={t('title')}
        rows={items}
        rowKey={(organisation) => organisation.id}
        columns={[
          { key: 'name', header: t('columns.name'), cell: (organisation) => <a href={hrefFor('organisations', organisation.id)}>{organisation.name}</a> },
          { key: 'sector', header: t('columns.sector'), cell: (organisation) => (organisation.sector ? tc(`categories.${organisation.sector}`) : tc('none')) },
          { key: 'city', header: t('columns.city'), cell: (organisation) => organisation.cityOrRegion ?? tc('none') },
          { key: 'province', header: tc('province'), cell: (organisation) => tc(`provinces.${organisation.province}`) },
          { key: 'people', header: t('columns.people'), cell: (organisation) => formatNumber(organisation.peopleCount) },
          { key: 'member', header: t('columns.networkMember'), cell: (organisation) => (organisation.networkMemberId === null ? tc('no') : tc('yes')) },
          { key: 'size', header: t('columns.size'), cell: (organisation) => (organisation.size ? t(`sizeShort.${organisation.size}`) : tc('none')) },
          {
            key: 'agreements',
            header: t('columns.agreements'),
            cell: (organisation) =>
              organisation.agreements.length === 0 ? (
                tc('none')
              ) : (
                <ul className="organisations-agreements">
                  {organisation.agreements.map((agreement) => (
                    <li key={agreement.id}>
                      <a href={hrefFor('funding', agreement.id)}>{agreement.title}</a>
                      <span className="muted"> · {tf(`roles.${agreement.role}`)}</span>
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
    </ListPage>
  );
}
