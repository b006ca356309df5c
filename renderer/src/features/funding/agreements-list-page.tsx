import { useDeferredValue, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AgreementSummary } from '../../../../shared/domain/funding/agreement-views';
import { agreementStatuses, fundingStreams, type AgreementStatus, type FundingStream } from '../../../../shared/domain/funding/codes';
import { hrefFor } from '../../app/routes';
import { formatMoney } from '../../i18n/format';
import { DataTable } from '../../ui/data-table';
import { SelectField, TextField } from '../../ui/fields';
import { ListPage } from '../../ui/list-page';
import { fundingQueries } from './funding-queries';
import { PaymentSchedulePanel } from './payment-schedule-panel';

export function AgreementsListPage() {
  const { t } = useTranslation('funding');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<AgreementStatus | ''>('');
  const [stream, setStream] = useState<FundingStream | ''>('');
  const deferredSearch = useDeferredValue(search);
  const list = useQuery(fundingQueries.list({ search: deferredSearch, status: status || null, stream: stream || null }));
  const items = list.data?.items ?? [];

  return (
    <ListPage
      title={t('title')}
      actions={
        <a className="button button--primary" href={hrefFor('funding', 'new')}>
          {t('add')}
        </a>
      }
      filters={
        <>
          <TextField label={t('search')} type="search" value={search} onChange={setSearch} />
          <SelectField<AgreementStatus | ''>
            label={t('status')}
            value={status}
            onChange={setStatus}
            options={[{ value: '', label: t('allStatuses') }, ...agreementStatuses.map((value) => ({ value, label: t(`statuses.${value}`) }))]}
          />
          <SelectField<FundingStream | ''>
            label={t('stream')}
            value={stream}
            onChange={setStream}
            options={[{ value: '', label: t('allStreams') }, ...fundingStreams.map((value) => ({ value, label: t(`streams.${value}`) }))]}
          />
        </>
      }
      count={list.data && t('count', { count: items.length })}
      error={list.error}
      onRetry={() => void list.refetch()}
      loading={list.isPending}
      empty={items.length === 0 && t('empty')}
    >
      <DataTable<AgreementSummary>
        caption={t('caption')}
        rows={items}
        rowKey={(item) => item.id}
        columns={[
          { key: 'title', header: t('columns.title'), rowHeader: true, cell: (item) => <a href={hrefFor('funding', item.id)}>{item.title}</a> },
          { key: 'lead', header: t('columns.lead'), cell: (item) => <a href={hrefFor('organisations', item.lead.id)}>{item.lead.name}</a> },
          { key: 'stream', header: t('columns.stream'), cell: (item) => t(`streams.${item.stream}`) },
          {
            key: 'status',
            header: t('columns.status'),
            cell: (item) => <span className={`funding-status funding-status--${item.status}`}>{t(`statuses.${item.status}`)}</span>,
          },
          { key: 'period', header: t('columns.period'), cell: (item) => t('period', { from: item.startsOn, to: item.endsOn }) },
          { key: 'approved', header: t('columns.approved'), className: 'number', cell: (item) => formatMoney(item.approvedCents) },
          { key: 'paid', header: t('columns.paid'), className: 'number', cell: (item) => formatMoney(item.paidCents) },
          { key: 'balance', header: t('columns.balance'), className: 'number', cell: (item) => formatMoney(item.balanceCents) },
        ]}
      />
      <PaymentSchedulePanel />
    </ListPage>
  );
}
