import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OrganisationFunding } from '../../../../shared/domain/funding/agreement-views';
import { hrefFor } from '../../app/routes';
import { sortByName } from '../../i18n/collator';
import { ErrorBanner } from '../../ui/error-banner';
import { fundingQueries } from './funding-queries';

type Related = OrganisationFunding['mentors'][number];

/** On an organisation's page: its agreements, whom it works with, who mentors it and whom it mentors. */
export function OrganisationFundingPanel({ organisationId }: { organisationId: number }) {
  const { t } = useTranslation('funding');
  const funding = useQuery(fundingQueries.organisation(organisationId));
  const titles = new Map((funding.data?.agreements ?? []).map((agreement) => [agreement.id, agreement.title]));
  const through = (related: Related) => t('organisation.through', { titles: related.agreementIds.map((id) => titles.get(id) ?? '').join(', ') });
  const relatedList = (heading: string, items: readonly Related[], testId: string) =>
    items.length > 0 && (
      <>
        <h3>{heading}</h3>
        <ul data-testid={testId}>
          {sortByName(items, (item) => item.name).map((item) => (
            <li key={item.id}>
              <a href={hrefFor('organisations', item.id)}>{item.name}</a> <span className="muted">{through(item)}</span>
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <section aria-labelledby="organisation-funding-title" className="card funding-panel">
      <h2 id="organisation-funding-title">{t('organisation.title')}</h2>
      <ErrorBanner error={funding.error} onRetry={() => void funding.refetch()} />
      {funding.data && funding.data.agreements.length === 0 && <p>{t('organisation.none')}</p>}
      {funding.data && funding.data.agreements.length > 0 && (
        <>
          <h3>{t('organisation.agreements')}</h3>
          <ul data-testid="organisation-agreements">
            {funding.data.agreements.map((agreement) => (
              <li key={agreement.id}>
                <a href={hrefFor('funding', agreement.id)}>{agreement.title}</a>{' '}
                <span className="muted">
                  · {t(`roles.${agreement.role}`)} · {t(`statuses.${agreement.status}`)} · {t('period', { from: agreement.startsOn, to: agreement.endsOn })}
                </span>
              </li>
            ))}
          </ul>
          {relatedList(t('organisation.partners'), funding.data.partners, 'organisation-partners')}
          {funding.data.partners.length === 0 && <p>{t('organisation.noPartners')}</p>}
          {relatedList(t('organisation.mentors'), funding.data.mentors, 'organisation-mentors')}
          {relatedList(t('organisation.mentoring'), funding.data.mentoring, 'organisation-mentoring')}
        </>
      )}
    </section>
  );
}
