import { useTranslation } from 'react-i18next';
import { useOperation } from '../../api/use-operation';
import { hrefFor } from '../../app/routes';
import { ErrorBanner } from '../../ui/error-banner';

/** The recommendations the group drafted, newest first, each linking to its page. */
export function GroupRecommendationsPanel({ groupId }: { groupId: number }) {
  const { t } = useTranslation('workingGroups');
  const { t: tr } = useTranslation('recommendations');
  const { data, error, reload } = useOperation('recommendations.list', { workingGroupId: groupId, limit: 500 });
  return (
    <>
      <h2 id="group-recommendations-title">{t('recommendations')}</h2>
      <ErrorBanner error={error} onRetry={reload} />
      {data && data.items.length === 0 && <p className="muted">{t('noRecommendations')}</p>}
      {data && data.items.length > 0 && (
        <table className="registry-table" aria-labelledby="group-recommendations-title">
          <thead>
            <tr>
              <th scope="col">{t('recommendationColumns.drafted')}</th>
              <th scope="col">{t('recommendationColumns.title')}</th>
              <th scope="col">{t('recommendationColumns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((recommendation) => (
              <tr key={recommendation.id}>
                <td>{recommendation.draftedOn}</td>
                <td>
                  <a href={hrefFor('recommendations', recommendation.id)}>{recommendation.title}</a>
                </td>
                <td>{tr(`statuses.${recommendation.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && data.total > data.items.length && <p className="muted">{t('moreRecommendations', { shown: data.items.length, total: data.total })}</p>}
    </>
  );
}
