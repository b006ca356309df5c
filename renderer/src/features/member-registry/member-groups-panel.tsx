import { useTranslation } from 'react-i18next';
import { useOperation } from '../../api/use-operation';
import { hrefFor } from '../../app/routes';
import { ErrorBanner } from '../../ui/error-banner';

export function MemberGroupsPanel({ memberId }: { memberId: number }) {
  const { t } = useTranslation('memberRegistry');
  const { t: tw } = useTranslation('workingGroups');
  const { data, error, reload } = useOperation('workingGroups.forMember', { memberId });

  return (
    <section aria-labelledby="member-groups-title">
      <h2 id="member-groups-title">{t('groups.title')}</h2>
      <ErrorBanner error={error} onRetry={reload} />
      {data && data.items.length === 0 && <p>{t('groups.none')}</p>}
      {data && data.items.length > 0 && (
        <table className="registry-table" aria-labelledby="member-groups-title">
          <thead>
            <tr>
              <th scope="col">{t('groups.columns.group')}</th>
              <th scope="col">{t('groups.columns.role')}</th>
              <th scope="col">{t('groups.columns.from')}</th>
              <th scope="col">{t('groups.columns.until')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((membership) => (
              <tr key={membership.id} className={membership.current ? undefined : 'registry-table__past'}>
                <td>
                  <a href={hrefFor('workingGroups', membership.workingGroupId)}>{membership.groupName}</a>
                </td>
                <td>{tw(`roles.${membership.role}`)}</td>
                <td>{membership.startOn}</td>
                <td>{membership.endOn ?? t('groups.ongoing')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
