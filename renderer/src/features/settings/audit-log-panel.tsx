import { useDeferredValue, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../../../shared/contract';
import { isValidIsoDate } from '../../../../shared/domain/dates';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { DataTable } from '../../ui/data-table';
import { SelectField, TextField } from '../../ui/fields';
import { ErrorBanner } from '../../ui/error-banner';
import { settingsQueries } from './settings-queries';

type AuditEntry = OperationOutput<'audit.list'>['items'][number];

const pageSize = 50;

function wholeNumber(text: string): number | null {
  return /^\d{1,9}$/.test(text.trim()) && Number(text) > 0 ? Number(text) : null;
}

export function AuditLogPanel() {
  const { t } = useTranslation('safety');
  const { t: tc } = useTranslation();
  const [operation, setOperation] = useState('');
  const [entityType, setEntityType] = useState('');
  const [entityIdText, setEntityIdText] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [offset, setOffset] = useState(0);
  const entityId = wholeNumber(entityIdText);
  const deferredEntityId = useDeferredValue(entityId);

  const page = useQuery({
    ...settingsQueries.audit({
      operation: operation || null,
      entityType: entityType || null,
      entityId: deferredEntityId,
      from: isValidIsoDate(from) ? from : null,
      to: isValidIsoDate(to) ? to : null,
      offset,
      limit: pageSize,
    }),
    // Paging keeps the current page on screen until the next one arrives.
    placeholderData: keepPreviousData,
  });
  const filter = (set: (value: string) => void) => (value: string) => {
    set(value);
    setOffset(0);
  };
  const data = page.data;
  const all = [{ value: '', label: t('audit.all') }];

  return (
    <section aria-labelledby="audit-title" className="audit">
      <h2 id="audit-title">{t('audit.title')}</h2>
      <p>{t('audit.intro')}</p>
      <div className="audit__filters">
        <SelectField label={t('audit.operation')} value={operation} onChange={filter(setOperation)} options={[...all, ...(data?.operations ?? []).map((value) => ({ value, label: value }))]} />
        <SelectField label={t('audit.entityType')} value={entityType} onChange={filter(setEntityType)} options={[...all, ...(data?.entityTypes ?? []).map((value) => ({ value, label: value }))]} />
        <TextField
          label={t('audit.entityId')}
          value={entityIdText}
          onChange={filter(setEntityIdText)}
          error={entityIdText.trim() !== '' && entityId === null ? t('audit.entityIdError') : undefined}
        />
        <TextField label={t('audit.from')} type="date" value={from} onChange={filter(setFrom)} />
        <TextField label={t('audit.to')} type="date" value={to} onChange={filter(setTo)} />
      </div>
      <ErrorBanner error={page.error} onRetry={() => void page.refetch()} />
      <p role="status" aria-live="polite" className="result-count">
        {data ? t('audit.count', { count: data.total }) : tc('actions.loading')}
      </p>
      {data && data.total === 0 && <p>{t('audit.empty')}</p>}
      {data && data.items.length > 0 && (
        <DataTable<AuditEntry>
          caption={t('audit.title')}
          rows={data.items}
          rowKey={(item) => item.id}
          columns={[
            { key: 'when', header: t('audit.when'), cell: (item) => <time dateTime={item.at}>{formatDateTime(item.at)}</time> },
            { key: 'who', header: t('audit.who'), cell: (item) => item.actor ?? tc('none') },
            { key: 'operation', header: t('audit.operation'), cell: (item) => item.operation },
            {
              key: 'record',
              header: t('audit.record'),
              cell: (item) => (item.entityId === null ? item.entityType : `${item.entityType} ${item.entityId}`),
            },
            { key: 'fields', header: t('audit.fields'), cell: (item) => (item.changedFields.length ? item.changedFields.join(', ') : tc('none')) },
          ]}
        />
      )}
      {data && data.total > pageSize && (
        <div className="actions">
          <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - pageSize))}>
            {t('audit.previous')}
          </button>
          <span className="muted">{t('audit.page', { first: formatNumber(offset + 1), last: formatNumber(Math.min(offset + pageSize, data.total)), total: formatNumber(data.total) })}</span>
          <button type="button" disabled={offset + pageSize >= data.total} onClick={() => setOffset(offset + pageSize)}>
            {t('audit.next')}
          </button>
        </div>
      )}
    </section>
  );
}
