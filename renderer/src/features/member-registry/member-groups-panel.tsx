import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MemberGroup } from '../../../../shared/domain/working-group';
import { hrefFor } from '../../app/routes';
import { formatIsoDate } from '../../i18n/format';
import { DataTable } from '../../ui/data-table';
import { ErrorBanner } from '../../ui/error-banner';
import { workingGroupQueries } from '../working-groups/working-group-queries';

export function MemberGroupsPanel({ memberId }: { memberId: number }) {
  const { t } = useTranslation('memberRegistry');
  const { t: tw } = useTranslation('workingGroups');
  const groups = useQuery(workingGroupQueries.forMember(memberId));
  const items = groups.data?.items ?? [];

  return (
    <section aria-labelledby="member-groups-title">
      <h2 id="member-groups-title">{t('groups.title')}</h2>
      <ErrorBanner error={groups.error} onRetry={() => void groups.refetch()} />
      {groups.data && items.length === 0 && <p>{t('groups.none')}</p>}
      {items.length > 0 && (
        <DataTable<MemberGroup>
          caption={t('groups.title')}
          rows={items}
          rowKey={(membership) => membership.id}
          rowClassName={(membership) => (membership.current ? undefined : 'row--past')}
          columns={[
            {
              key: 'group',
              header: t('groups.columns.group'),
              cell: (membership) => <a href={hrefFor('workingGroups', membership.workingGroupId)}>{membership.groupName}</a>,
            },
            { key: 'role', header: t('groups.columns.role'), cell: (membership) => tw(`roles.${membership.role}`) },
            { key: 'from', header: t('groups.columns.from'), cell: (membership) => formatIsoDate(membership.startOn) },
            {
              key: 'until',
              header: t('groups.columns.until'),
              cell: (membership) => (membership.endOn ? formatIsoDate(membership.endOn) : t('groups.ongoing')),
            },
          ]}
        />
      )}
    </section>
  );
}
