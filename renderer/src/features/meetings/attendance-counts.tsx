import { useTranslation } from 'react-i18next';
import type { RollCall } from '../../../../shared/domain/attendance';
import type { QuorumRule } from '../../../../shared/domain/quorum';
import { DataTable } from '../../ui/data-table';
import { formatNumber } from '../../i18n/format';

export function QuorumRuleText({ rule }: { rule: QuorumRule }) {
  const { t } = useTranslation('meetings');
  if (rule.kind === 'count') return <>{t('quorum.ruleCount', { count: rule.count })}</>;
  if (rule.kind === 'majority') return <>{t('quorum.ruleMajority')}</>;
  return <>{t('quorum.ruleFraction', { numerator: rule.numerator, denominator: rule.denominator })}</>;
}

/** Live counts by stakeholder category and the quorum, updated after every mark. */
export function AttendanceCounts({ rollCall }: { rollCall: RollCall }) {
  const { t } = useTranslation('meetings');
  const { quorum, totals } = rollCall;
  return (
    <div className="meetings-counts" role="status" aria-live="polite">
      <p
        className={quorum.met ? 'meetings-quorum meetings-quorum--met' : 'meetings-quorum meetings-quorum--not-met'}
        data-testid="quorum"
      >
        <strong>{quorum.met ? t('quorum.met') : t('quorum.notMet')}</strong>{' '}
        {t('quorum.detail', { count: quorum.present, required: quorum.required, voting: quorum.votingMembers })} (
        <QuorumRuleText rule={quorum.rule} />)
      </p>
      <p>
        {t('rollCall.totals', { count: totals.present, inPerson: totals.inPerson, remote: totals.remote })}{' '}
        {t('rollCall.guestsTotal', { count: totals.guests })}
      </p>
      {rollCall.presentByCategory.length > 0 && (
        <DataTable
          caption={t('rollCall.byCategory')}
          captionVisible
          compact
          rows={rollCall.presentByCategory}
          rowKey={(count) => count.category}
          columns={[
            { key: 'category', header: t('rollCall.category'), rowHeader: true, cell: (count) => t(`common:categories.${count.category}`) },
            { key: 'members', header: t('rollCall.members'), cell: (count) => formatNumber(count.members) },
            { key: 'guests', header: t('rollCall.guests'), cell: (count) => formatNumber(count.guests) },
          ]}
        />
      )}
    </div>
  );
}
