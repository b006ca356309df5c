import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { GroupMember } from '../../../../shared/domain/working-group';
import { hrefFor } from '../../app/routes';
import { formatIsoDate } from '../../i18n/format';
import { DataTable } from '../../ui/data-table';
import { ErrorBanner } from '../../ui/error-banner';
import { Tag } from '../../ui/tag';
import { workingGroupQueries } from './working-group-queries';
import { AddGroupMemberForm } from './add-group-member-form';
import { GroupMeetingsPanel } from './group-meetings-panel';
import { GroupRecommendationsPanel } from './group-recommendations-panel';
import { MembershipEditor } from './membership-editor';

export function WorkingGroupDetailPage({ id }: { id: number }) {
  const { t } = useTranslation('workingGroups');
  const { t: tc } = useTranslation();
  const { data: group, error, refetch } = useQuery(workingGroupQueries.detail(id));
  const [editing, setEditing] = useState<number>();

  return (
    <section aria-labelledby="working-group-title">
      <p>
        <a href={hrefFor('workingGroups')}>← {t('title')}</a>
      </p>
      <ErrorBanner error={error} onRetry={() => void refetch()} />
      {group && (
        <>
          <header className="page-header">
            <h1 id="working-group-title">{group.name}</h1>
            <a className="button" href={hrefFor('workingGroups', group.id, 'edit')}>
              {tc('actions.edit')}
            </a>
          </header>
          <dl className="facts">
            <dt>{t('fields.status')}</dt>
            <dd>{t(`status.${group.status}`)}</dd>
            <dt>{t('fields.mandate')}</dt>
            <dd className="notes">{group.mandate ?? tc('none')}</dd>
          </dl>

          <h2 id="group-members-title">{t('members')}</h2>
          {group.members.length === 0 ? (
            <p>{t('noMembers')}</p>
          ) : (
            <DataTable<GroupMember>
              caption={t('members')}
              rows={group.members}
              rowKey={(membership) => membership.id}
              rowClassName={(membership) => (membership.current ? undefined : 'row--past')}
              columns={[
                {
                  key: 'name',
                  header: t('memberColumns.name'),
                  cell: (membership) => (
                    <>
                      <a href={hrefFor('members', membership.memberId)}>{membership.displayName}</a>
                      {membership.alias && <span className="muted"> ({membership.alias})</span>}
                    </>
                  ),
                },
                { key: 'role', header: t('memberColumns.role'), cell: (membership) => t(`roles.${membership.role}`) },
                { key: 'from', header: t('memberColumns.from'), cell: (membership) => formatIsoDate(membership.startOn) },
                {
                  key: 'until',
                  header: t('memberColumns.until'),
                  cell: (membership) => (
                    <>
                      {membership.endOn ? formatIsoDate(membership.endOn) : t('ongoing')}
                      {!membership.current && <Tag>{t('past')}</Tag>}
                    </>
                  ),
                },
                {
                  key: 'actions',
                  header: t('memberColumns.actions'),
                  cell: (membership) => (
                    <button type="button" onClick={() => setEditing(membership.id)} aria-label={t('membership.edit', { name: membership.displayName })}>
                      {tc('actions.edit')}
                    </button>
                  ),
                },
              ]}
            />
          )}
          {group.members
            .filter((membership) => membership.id === editing)
            .map((membership) => (
              <MembershipEditor key={membership.id} membership={membership} onClose={() => setEditing(undefined)} />
            ))}
          {group.status === 'active' ? <AddGroupMemberForm groupId={group.id} /> : <p className="muted">{t('addMember.closed')}</p>}
          <p>
            <a href={hrefFor('members', 'group', group.id)}>{t('showMembers')}</a>
          </p>

          <GroupMeetingsPanel groupId={group.id} />
          <GroupRecommendationsPanel groupId={group.id} />
        </>
      )}
    </section>
  );
}
