import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RecommendationSummary } from '../../../../shared/domain/recommendation';
import { hrefFor } from '../../app/routes';
import { formatIsoDate } from '../../i18n/format';
import { DataTable } from '../../ui/data-table';
import { ErrorBanner } from '../../ui/error-banner';
import { recommendationQueries } from '../recommendations/recommendation-queries';

/** The recommendations the group drafted, newest first, each linking to its page. */
export function GroupRecommendationsPanel({ groupId }: { groupId: number }) {
  const { t } = useTranslation('workingGroups');
  const { t: tr } = useTranslation('recommendations');
  const list = useQuery(recommendationQueries.list({ workingGroupId: groupId, limit: 500 }));
  const data = list.data;
  return (
    <>
      <h2 id="group-recommendations-title">{t('recommendations')}</h2>
      <ErrorBanner error={list.error} onRetry={() => void list.refetch()} />
      {data && data.items.length === 0 && <p className="muted">{t('noRecommendations')}</p>}
      {data && data.items.length > 0 && (
        <DataTable<RecommendationSummary>
          caption={t('recommendations')}
          rows={data.items}
          rowKey={(recommendation) => recommendation.id}
          columns={[
            { key: 'drafted', header: t('recommendationColumns.drafted'), cell: (item) => formatIsoDate(item.draftedOn) },
            { key: 'title', header: t('recommendationColumns.title'), cell: (item) => <a href={hrefFor('recommendations', item.id)}>{item.title}</a> },
            { key: 'status', header: t('recommendationColumns.status'), cell: (item) => tr(`statuses.${item.status}`) },
          ]}
        />
      )}
      {data && data.total > data.items.length && (
        <p className="muted">{t('moreRecommendations', { shown: data.items.length, total: data.total })}</p>
      )}
    </>
  );
}
