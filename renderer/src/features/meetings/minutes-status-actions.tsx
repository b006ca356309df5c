import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIsoDate } from '../../../../shared/domain/dates';
import type { Meeting } from '../../../../shared/domain/meeting';
import type { Minutes } from '../../../../shared/domain/minutes';
import { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { useOperation } from '../../api/use-operation';
import { SelectField, TextField } from '../../ui/fields';
import { toAppError } from '../../api/to-app-error';

/** Circulate (with its date), back to draft, or approve at a later meeting; each move is checked by the ledger. */
export function MinutesStatusActions({
  meeting,
  minutes,
  onSaved,
}: {
  meeting: Meeting;
  minutes: Minutes;
  onSaved: (minutes: Minutes) => void;
}) {
  const { t } = useTranslation('minutes');
  const [circulatedOn, setCirculatedOn] = useState(() => {
    const today = todayIsoDate();
    return today < meeting.heldOn ? meeting.heldOn : today;
  });
  const later = useOperation('meetings.list', { from: meeting.heldOn });
  const candidates = (later.data?.items ?? [])
    .filter((candidate) => candidate.heldOn > meeting.heldOn && candidate.status !== 'cancelled')
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  const [approverId, setApproverId] = useState('');
  const [error, setError] = useState<AppError>();

  async function run(action: () => Promise<Minutes>) {
    setError(undefined);
    try {
      onSaved(await action());
    } catch (caught) {
      setError(toAppError(caught));
    }
  }

  const chosenApprover = approverId || String(candidates[0]?.id ?? '');
  return (
    <div className="minutes-status-actions">
      {minutes.status === 'draft' && (
        <div className="minutes-inline">
          <TextField
            label={t('circulatedOn')}
            type="date"
            value={circulatedOn}
            onChange={setCirculatedOn}
            error={error?.issueFor('circulatedOn')}
          />
          <button
            type="button"
            className="button--primary"
            onClick={() => void run(() => call('minutes.circulate', { minutesId: minutes.id, circulatedOn }))}
          >
            {t('circulate')}
          </button>
        </div>
      )}
      {minutes.status === 'circulated' && (
        <div className="minutes-inline">
          {candidates.length === 0 ? (
            <p>{t('noLaterMeeting')}</p>
          ) : (
            <>
              <SelectField<string>
                label={t('approvedAt')}
                value={chosenApprover}
                onChange={setApproverId}
                error={error?.issueFor('approvedAtMeetingId')}
                options={candidates.map((candidate) => ({
                  value: String(candidate.id),
                  label: `${candidate.heldOn} · ${candidate.title}`,
                }))}
              />
              <button
                type="button"
                className="button--primary"
                onClick={() =>
                  void run(() =>
                    call('minutes.approve', { minutesId: minutes.id, approvedAtMeetingId: Number(chosenApprover) }),
                  )
                }
              >
                {t('approve')}
              </button>
            </>
          )}
          <button
            type="button"
            onClick={() => void run(() => call('minutes.returnToDraft', { minutesId: minutes.id }))}
          >
            {t('returnToDraft')}
          </button>
        </div>
      )}
      {error && error.issues.length === 0 && (
        <p className="field__error" role="alert">
          {error.message}
        </p>
      )}
    </div>
  );
}
