import { useTranslation } from 'react-i18next';
import type { QuarterInfo } from '../../../../shared/domain/meeting';

/** Fiscal quarter first (as government reports it), calendar quarter beside it. */
export function QuarterLabel({ quarter }: { quarter: QuarterInfo }) {
  const { t } = useTranslation('meetings');
  return (
    <span>
      {t('quarter.fiscal', { year: quarter.fiscalYear, quarter: quarter.fiscalQuarter })}
      <span className="muted">
        {' '}
        · {t('quarter.calendar', { year: quarter.calendarYear, quarter: quarter.calendarQuarter })}
      </span>
    </span>
  );
}
