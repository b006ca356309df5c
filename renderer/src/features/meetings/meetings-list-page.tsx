import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { meetingKinds, type Meeting, type MeetingKind } from '../../../../shared/domain/meeting';
import { hrefFor } from '../../app/routes';
import { formatIsoDate } from '../../i18n/format';
import { DataTable } from '../../ui/data-table';
import { SelectField } from '../../ui/fields';
import { ListPage } from '../../ui/list-page';
import { Tag } from '../../ui/tag';
import { meetingQueries } from './meeting-queries';
import { QuarterLabel } from './quarter-label';
import type { ProvinceCode } from '../../../../shared/domain/provinces';
import { ProvinceFilter } from '../../ui/province-filter';

export function MeetingsListPage() {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation();
  const [kind, setKind] = useState<MeetingKind | ''>('');
  const [province, setProvince] = useState<ProvinceCode | ''>('');
  const meetings = useQuery(meetingQueries.list({ kind: kind || null, province: province || null }));
  const items = meetings.data?.items ?? [];

  return (
    <ListPage
      title={t('title')}
      actions={
        <a className="button button--primary" href={hrefFor('meetings', 'new')}>
          {t('add')}
        </a>
      }
      filters={
        <>
          <SelectField<MeetingKind | ''>
            label={t('fields.kind')}
            value={kind}
            onChange={setKind}
            options={[{ value: '', label: t('allKinds') }, ...meetingKinds.map((value) => ({ value, label: t(`kinds.${value}`) }))]}
          />
          <ProvinceFilter value={province} onChange={setProvince} />
        </>
      }
      error={meetings.error}
      onRetry={() => void meetings.refetch()}
      loading={meetings.isPending}
      empty={items.length === 0 && (kind || province ? t('emptyFiltered') : t('empty'))}
    >
      <DataTable<Meeting>
        caption={t('title')}
        rows={items}
        rowKey={(meeting) => meeting.id}
        columns={[
          { key: 'date', header: t('fields.heldOn'), cell: (meeting) => `${formatIsoDate(meeting.heldOn)} ${meeting.startsAt}` },
          {
            key: 'title',
            header: t('fields.title'),
            cell: (meeting) => (
              <>
                <a href={hrefFor('meetings', meeting.id)}>{meeting.title}</a>
                {meeting.workerFriendly && <Tag>{t('workerFriendlyTag')}</Tag>}
              </>
            ),
          },
          { key: 'kind', header: t('fields.kind'), cell: (meeting) => t(`kinds.${meeting.kind}`) },
          { key: 'province', header: tc('province'), cell: (meeting) => tc(`provinces.${meeting.province}`) },
          { key: 'quarter', header: t('fields.quarter'), cell: (meeting) => <QuarterLabel quarter={meeting.quarter} /> },
          { key: 'status', header: t('fields.status'), cell: (meeting) => t(`statuses.${meeting.status}`) },
        ]}
      />
    </ListPage>
  );
}
