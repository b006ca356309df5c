import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIsoDate } from '../../../../shared/domain/dates';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { toAppError } from '../../api/to-app-error';
import { ErrorBanner } from '../../ui/error-banner';
import { TextField } from '../../ui/fields';

export function EnrolOrganisationForm({ organisationId, onEnrolled }: { organisationId: number; onEnrolled: () => void }) {
  const { t } = useTranslation('organisations');
  const [joinedOn, setJoinedOn] = useState(todayIsoDate());
  const [error, setError] = useState<AppError>();

  async function enrol(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      await call('organisations.enrolAsMember', { id: organisationId, joinedOn });
      onEnrolled();
    } catch (caught) {
      setError(toAppError(caught));
    }
  }

  return (
    <form onSubmit={enrol} noValidate className="form card" aria-labelledby="enrol-title">
      <h3 id="enrol-title">{t('enrol.title')}</h3>
      <ErrorBanner error={error} />
      <TextField label={t('enrol.joinedOn')} type="date" value={joinedOn} onChange={setJoinedOn} error={error?.issueFor('joinedOn')} />
      <div className="actions">
        <button type="submit" className="button--primary">
          {t('enrol.submit')}
        </button>
      </div>
    </form>
  );
}
