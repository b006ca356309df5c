import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/routes';
import { sortByName } from '../../i18n/collator';
import { organisationQueries } from './organisation-queries';
import { ErrorBanner } from '../../ui/error-banner';
import { EnrolOrganisationForm } from './enrol-organisation-form';
import { OrganisationFundingPanel } from '../funding/organisation-funding-panel';

export function OrganisationDetailPage({ id }: { id: number }) {
  const { t } = useTranslation('organisations');
  const { t: tc } = useTranslation();
  const { data: organisation, error, refetch } = useQuery(organisationQueries.detail(id));

  return (
    <section aria-labelledby="organisation-title">
      <p>
        <a href={hrefFor('organisations')}>← {t('title')}</a>
      </p>
      <ErrorBanner error={error} onRetry={() => void refetch()} />
      {organisation && (
        <>
          <header className="page-header">
            <h1 id="organisation-title">{organisation.name}</h1>
            <a className="button" href={hrefFor('organisations', organisation.id, 'edit')}>
              {tc('actions.edit')}
            </a>
          </header>
          <dl className="facts">
            <dt>{t('fields.sector')}</dt>
            <dd>{organisation.sector ? tc(`categories.${organisation.sector}`) : tc('none')}</dd>
            <dt>{t('fields.size')}</dt>
            <dd>{organisation.size ? t(`sizes.${organisation.size}`) : t('fields.noSize')}</dd>
            <dt>{t('fields.cityOrRegion')}</dt>
            <dd>{organisation.cityOrRegion ?? tc('none')}</dd>
            <dt>{t('fields.website')}</dt>
            <dd>
              {organisation.website ? (
                <a href={organisation.website} target="_blank" rel="noreferrer noopener">
                  {organisation.website}
                </a>
              ) : (
                tc('none')
              )}
            </dd>
            <dt>{t('networkMember')}</dt>
            <dd>
              {organisation.networkMemberId !== null ? (
                <a href={hrefFor('members', organisation.networkMemberId)}>{t('isMember')}</a>
              ) : (
                t('notMember')
              )}
            </dd>
          </dl>
          {organisation.networkMemberId === null &&
            (organisation.sector ? (
              <EnrolOrganisationForm organisationId={organisation.id} />
            ) : (
              <p className="muted">{t('enrol.needsSector')}</p>
            ))}
          <OrganisationFundingPanel organisationId={organisation.id} />
          <h2>{t('people')}</h2>
          {organisation.people.length === 0 ? (
            <p>{t('noPeople')}</p>
          ) : (
            <ul className="organisations-people">
              {sortByName(organisation.people, (person) => person.displayName).map((person) => (
                <li key={person.id}>
                  <a href={hrefFor('members', person.id)}>{person.displayName}</a>
                  {person.alias && <span className="muted"> ({person.alias})</span>}
                  <span className="muted"> · {tc(`categories.${person.category}`)}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
