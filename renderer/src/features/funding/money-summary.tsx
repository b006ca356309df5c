import { useTranslation } from 'react-i18next';
import type { AgreementDetail } from '../../../../shared/domain/funding/agreement-views';
import { fiscalQuarterKey, fiscalQuarterLabel } from '../../../../shared/domain/fiscal-quarter';
import { currentUiLanguage } from '../../i18n';
import { formatMoney } from '../../i18n/format';
import { DataTable } from '../../ui/data-table';

type QuarterRow = AgreementDetail['byQuarter'][number];

/** The agreement's money at a glance, then quarter by quarter (fiscal years start April 1). */
export function MoneySummary({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation('funding');
  const { money } = agreement;
  const figures = [
    ['approved', money.approvedCents],
    ['planned', money.plannedCents],
    ['claimed', money.claimedCents],
    ['paid', money.paidCents],
    ['balance', money.balanceCents],
    ['unplanned', Math.max(0, money.unplannedCents)],
  ] as const;
  return (
    <section aria-labelledby="funding-money-title" className="card funding-panel" data-testid="funding-money">
      <h2 id="funding-money-title">{t('money.title')}</h2>
      <dl className="facts">
        {figures.map(([key, cents]) => (
          <div key={key} className="funding-figure">
            <dt>{t(`money.${key}`)}</dt>
            <dd data-testid={`money-${key}`}>{formatMoney(cents)}</dd>
          </div>
        ))}
      </dl>
      {money.approvedCents !== agreement.originalApprovedCents && <p className="muted">{t('money.original', { amount: agreement.originalApprovedCents })}</p>}
      {money.unplannedCents < 0 && <p className="banner">{t('money.overPlanned', { amount: -money.unplannedCents })}</p>}
      <h3>{t('money.byQuarter')}</h3>
      {agreement.byQuarter.length === 0 ? (
        <p>{t('money.noQuarters')}</p>
      ) : (
        <DataTable<QuarterRow>
          caption={t('money.byQuarter')}
          rows={agreement.byQuarter}
          rowKey={(row) => fiscalQuarterKey(row.quarter)}
          compact
          columns={[
            { key: 'quarter', header: t('money.quarter'), rowHeader: true, cell: (row) => fiscalQuarterLabel(row.quarter, currentUiLanguage()) },
            { key: 'planned', header: t('money.planned'), className: 'number', cell: (row) => formatMoney(row.plannedCents) },
            { key: 'claimed', header: t('money.claimed'), className: 'number', cell: (row) => formatMoney(row.claimedCents) },
            { key: 'paid', header: t('money.paid'), className: 'number', cell: (row) => formatMoney(row.paidCents) },
            { key: 'toDate', header: t('money.paidToDate'), className: 'number', cell: (row) => formatMoney(row.paidToDateCents) },
          ]}
        />
      )}
    </section>
  );
}
