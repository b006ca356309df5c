import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementDetail } from '../../../../shared/domain/funding/agreement-views';
import type { AgreementStatus } from '../../../../shared/domain/funding/codes';
import { ErrorBanner } from '../../ui/error-banner';
import { useSetAgreementStatus } from './funding-queries';

const finalStatuses: ReadonlySet<AgreementStatus> = new Set(['closed', 'cancelled']);

/** The next steps the agreement may take; a final one (closed, cancelled) asks once more. */
export function StatusActions({ agreement }: { agreement: AgreementDetail }) {
  const { t } = useTranslation('funding');
  const setStatus = useSetAgreementStatus();
  const [confirming, setConfirming] = useState<AgreementStatus | null>(null);
  if (agreement.nextStatuses.length === 0) return null;
  const move = (status: AgreementStatus) => setStatus.mutate({ id: agreement.id, status }, { onSuccess: () => setConfirming(null) });
  return (
    <div className="funding-status-actions">
      <ErrorBanner error={setStatus.error} />
      {confirming ? (
        <p role="alert">
          {t('detail.confirmFinal', { status: t(`statuses.${confirming}`) })}{' '}
          <button type="button" className="button--danger" disabled={setStatus.isPending} onClick={() => move(confirming)}>
            {t(`detail.moveTo.${confirming}`)}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(null)}>
            {t('actions.cancel', { ns: 'common' })}
          </button>
        </p>
      ) : (
        <div className="actions">
          {agreement.nextStatuses.map((status) => (
            <button
              key={status}
              type="button"
              className={finalStatuses.has(status) ? undefined : 'button--primary'}
              disabled={setStatus.isPending}
              onClick={() => (finalStatuses.has(status) ? setConfirming(status) : move(status))}
            >
              {t(`detail.moveTo.${status}`)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
