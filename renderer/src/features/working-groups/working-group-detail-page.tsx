import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOperation } from '../../api/use-operation';
import { hrefFor } from '../../app/routes';
import { ErrorBanner } from '../../ui/error-banner';
import { AddGroupMemberForm } from './add-group-member-form';
import { GroupMeetingsPanel } from './group-meetings-panel';
import { GroupRecommendationsPanel } from './group-recommendations-panel';
import { MembershipEditor } from './membership-editor';

export function WorkingGroupDetailPage({ id }: { id: number }) {
  const { t } = useTranslation('workingGroups');
  const { t: tc } = useTranslation();
  const { data: group, error, reload } = useOperation('workingGroups.get', { id });
  const [editing, setEditing] = useState<number>();

  return (
    <section aria-labelledby="working-group-title">
      <p>
        <a href={hrefFor('workingGroups')}>← {t('title')}</a>
      </p>
      <ErrorBanner error={error} onRetry={reload} />
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
            <table className="registry-table" aria-labelledby="group-members-title">
              <thead>
                <tr>
                  <th scope="col">{t('memberColumns.name')}</th>
                  <th scope="col">{t('memberColumns.role')}</th>
                  <th scope="col">{t('memberColumns.from')}</th>
                  <th scope="col">{t('memberColumns.until')}</th>
                  <th scope="col">{t('memberColumns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {group.members.map((membership) => (
                  <tr key={membership.id} className={membership.current ? undefined : 'registry-table__past'}>
                    <td>
                      <a href={hrefFor('members', membership.memberId)}>{membership.displayName}</a>
                      {membership.alias && <span className="muted"> ({membership.alias})</span>}
                    </td>
                    <td>{t(`roles.${membership.role}`)}</td>
                    <td>{membership.startOn}</td>
                    <td>
                      {membership.endOn ?? t('ongoing')}
                      {!membership.current && <span className="tag">{t('past')}</span>}
                    </td>
                    <td>
                      <button type="button" onClick={() => setEditing(membership.id)} aria-label={t('membership.edit', { name: membership.displayName })}>
                        {tc('actions.edit')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {group.members
            .filter((membership) => membership.id === editing)
            .map((membership) => (
              <MembershipEditor
                key={membership.id}
                membership={membership}
                onDone={() => {
                  setEditing(undefined);
                  reload();
                }}
              />
            ))}
          {group.status === 'active' ? <AddGroupMemberForm groupId={group.id} onAdded={reload} /> : <p className="muted">{t('addMember.closed')}</p>}
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
