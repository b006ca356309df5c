import { useTranslation } from 'react-i18next';
import type { RollCall } from '../../../../shared/domain/attendance';
import type { QuorumRule } from '../../../../shared/domain/quorum';

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
        {t('quorum.detail', { present: quorum.present, required: quorum.required, voting: quorum.votingMembers })} (
        <QuorumRuleText rule={quorum.rule} />)
      </p>
      <p>
        {t('rollCall.totals', {
          present: totals.present,
          inPerson: totals.inPerson,
          remote: totals.remote,
          guests: totals.guests,
        })}
      </p>
      {rollCall.presentByCategory.length > 0 && (
        <table className="meetings-table meetings-table--compact">
          <caption>{t('rollCall.byCategory')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rollCall.category')}</th>
              <th scope="col">{t('rollCall.members')}</th>
              <th scope="col">{t('rollCall.guests')}</th>
            </tr>
          </thead>
          <tbody>
            {rollCall.presentByCategory.map((count) => (
              <tr key={count.category}>
                <th scope="row">{t(`common:categories.${count.category}`)}</th>
                <td>{count.members}</td>
                <td>{count.guests}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
