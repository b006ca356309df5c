import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/routes';
import { ErrorBanner } from '../../ui/error-banner';
import { AmendmentsPanel } from './amendments-panel';
import { ClaimsPanel } from './claims-panel';
import { DeliverablesPanel } from './deliverables-panel';
import { fundingQueries } from './funding-queries';
import { InstalmentsPanel } from './instalments-panel';
import { MoneySummary } from './money-summary';
import { PaymentsPanel } from './payments-panel';
import { StatusActions } from './status-actions';
import { PaymentSchedulePanel } from './payment-schedule-panel';

export function AgreementDetailPage({ id }: { id: number }) {
  const { t } = useTranslation('funding');
  const { t: tc } = useTranslation();
  const { data: agreement, error, refetch } = useQuery(fundingQueries.detail(id));
  return (
    <section aria-labelledby="agreement-title">
      <p>
        <a href={hrefFor('funding')}>← {t('title')}</a>
      </p>
      <ErrorBanner error={error} onRetry={() => void refetch()} />
      {agreement && (
        <>
          <header className="page-header">
            <h1 id="agreement-title">{agreement.title}</h1>
            <a className="button" href={hrefFor('funding', agreement.id, 'edit')}>
              {tc('actions.edit')}
            </a>
          </header>
          <dl className="facts">
            <dt>{t('status')}</dt>
            <dd data-testid="agreement-status">{t(`statuses.${agreement.status}`)}</dd>
            <dt>{t('stream')}</dt>
            <dd>{t(`streams.${agreement.stream}`)}</dd>
            <dt>{t('columns.period')}</dt>
            <dd>{t('period', { from: agreement.startsOn, to: agreement.endsOn })}</dd>
            <dt>{t('fields.purpose')}</dt>
            <dd className="funding-purpose">{agreement.purpose}</dd>
            <dt>{t('detail.origin')}</dt>
            <dd>
              {!agreement.workingGroup && !agreement.recommendation && t('detail.noOrigin')}
              {agreement.workingGroup && (
                <a href={hrefFor('workingGroups', agreement.workingGroup.id)}>{t('detail.workingGroup', { name: agreement.workingGroup.name })}</a>
              )}
              {agreement.workingGroup && agreement.recommendation && ' · '}
              {agreement.recommendation && (
                <a href={hrefFor('recommendations', agreement.recommendation.id)}>{t('detail.recommendation', { title: agreement.recommendation.title })}</a>
              )}
            </dd>
            {agreement.notes && (
              <>
                <dt>{t('detail.notes')}</dt>
                <dd className="funding-purpose">{agreement.notes}</dd>
              </>
            )}
          </dl>
          <StatusActions agreement={agreement} />
          <h2>{t('parties.title')}</h2>
          <ul className="funding-party-list" data-testid="agreement-parties">
            {agreement.parties.map((party) => (
              <li key={party.organisationId}>
                <a href={hrefFor('organisations', party.organisationId)}>{party.name}</a>
                <span className="muted"> · {t(`roles.${party.role}`)}</span>
              </li>
            ))}
          </ul>
          <MoneySummary agreement={agreement} />
          <AmendmentsPanel agreement={agreement} />
          <InstalmentsPanel agreement={agreement} />
          <ClaimsPanel agreement={agreement} />
          <PaymentsPanel agreement={agreement} />
          <DeliverablesPanel agreement={agreement} />
          <PaymentSchedulePanel agreementId={agreement.id} />
        </>
      )}
    </section>
  );
}
