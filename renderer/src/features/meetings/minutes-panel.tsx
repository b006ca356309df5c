import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/domain/meeting';
import type { Minutes } from '../../../../shared/domain/minutes';
import { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { useOperation } from '../../api/use-operation';
import { ErrorBanner } from '../../ui/error-banner';
import { ActionItemsEditor } from './action-items-editor';
import { AmendmentsPanel } from './amendments-panel';
import { MinutesSectionEditor } from './minutes-section-editor';
import { MinutesStatusActions } from './minutes-status-actions';
import { MinutesVotes } from '../recommendations/minutes-votes';
import { toAppError } from '../../api/to-app-error';

export function MinutesPanel({ meeting, onChanged }: { meeting: Meeting; onChanged: () => void }) {
  const { t } = useTranslation('minutes');
  const loaded = useOperation('minutes.get', { meetingId: meeting.id });
  const [latest, setLatest] = useState<Minutes>();
  const [error, setError] = useState<AppError>();
  const minutes = latest ?? loaded.data;

  function saved(next: Minutes) {
    setLatest(next);
    onChanged();
  }

  async function start() {
    setError(undefined);
    try {
      saved(await call('minutes.start', { meetingId: meeting.id }));
    } catch (caught) {
      setError(toAppError(caught));
    }
  }

  return (
    <section aria-labelledby="minutes-title" className="minutes-panel">
      <h2 id="minutes-title">{t('title')}</h2>
      <ErrorBanner error={error ?? loaded.error} onRetry={loaded.reload} />
      {loaded.data === null && !latest && (
        <>
          <p>{t('notStarted')}</p>
          <button type="button" className="button--primary" onClick={() => void start()}>
            {t('start')}
          </button>
        </>
      )}
      {minutes && (
        <>
          <p className="minutes-status" data-testid="minutes-status">
            <strong>{t(`statuses.${minutes.status}`)}</strong>
            {minutes.circulatedOn && <> · {t('circulatedOnValue', { date: minutes.circulatedOn })}</>}
            {minutes.approvedAtMeetingTitle && (
              <> · {t('approvedAtValue', { title: minutes.approvedAtMeetingTitle, date: minutes.approvedOn })}</>
            )}
          </p>
          {minutes.locked && (
            <p className="banner minutes-locked" role="note">
              {t('locked')}
            </p>
          )}
          <MinutesStatusActions meeting={meeting} minutes={minutes} onSaved={saved} />
          {minutes.sections.map((section) => (
            <MinutesSectionEditor
              key={`${section.id}-${minutes.status}`}
              section={section}
              locked={minutes.locked}
              amendments={minutes.amendments.filter((amendment) => amendment.sectionId === section.id)}
              onSaved={saved}
            />
          ))}
          <MinutesVotes meetingId={meeting.id} />
          <ActionItemsEditor minutes={minutes} onSaved={saved} />
          {minutes.locked && <AmendmentsPanel minutes={minutes} onSaved={saved} />}
        </>
      )}
    </section>
  );
}
