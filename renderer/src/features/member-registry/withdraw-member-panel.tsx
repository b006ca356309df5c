import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../ui/error-banner';
import { useWithdrawMember } from '../members/member-queries';
import { CheckboxField } from '../../ui/fields';
import { WithdrawalOutcome, type WithdrawalOutcomeData } from './withdrawal-outcome';

/**
 * Two steps on purpose: the button only opens the confirmation, and the erasing button stays
 * disabled until the coordinator ticks that they understand it cannot be undone.
 */
export function WithdrawMemberPanel({
  memberId,
  displayName,
  withdrawn,
}: {
  memberId: number;
  displayName: string;
  withdrawn: boolean;
}) {
  const { t } = useTranslation('memberRegistry');
  const titleId = useId();
  const [confirming, setConfirming] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const withdrawal = useWithdrawMember();
  const [result, setResult] = useState<WithdrawalOutcomeData>();
  const working = withdrawal.isPending;
  const confirmHeadingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (confirming) confirmHeadingRef.current?.focus();
  }, [confirming]);

  function withdraw() {
    withdrawal.mutate(
      { id: memberId, confirmErasure: true },
      {
        onSuccess: (outcome) => {
          setResult(outcome);
          setConfirming(false);
        },
      },
    );
  }

  if (result) return <WithdrawalOutcome result={result} />;

  if (withdrawn) return null;

  return (
    <section aria-labelledby={titleId} className="member-registry-withdraw">
      <h2 id={titleId}>{t('withdraw.title')}</h2>
      <p className="muted">{t('withdraw.explain')}</p>
      {!confirming ? (
        <button type="button" className="button--danger" onClick={() => setConfirming(true)}>
          {t('withdraw.open')}
        </button>
      ) : (
        <div role="alertdialog" aria-labelledby={`${titleId}-confirm`} aria-describedby={`${titleId}-warning`} className="card member-registry-confirm">
          <h3 id={`${titleId}-confirm`} ref={confirmHeadingRef} tabIndex={-1}>
            {t('withdraw.confirmTitle', { name: displayName })}
          </h3>
          <p id={`${titleId}-warning`} className="member-registry-warning">
            {t('withdraw.warning')}
          </p>
          <ErrorBanner error={withdrawal.error} />
          <CheckboxField label={t('withdraw.acknowledge')} checked={understood} onChange={setUnderstood} />
          <div className="actions">
            <button type="button" className="button--danger" disabled={!understood || working} aria-busy={working} onClick={withdraw}>
              {t('withdraw.confirm')}
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
                setUnderstood(false);
              }}
            >
              {t('withdraw.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
