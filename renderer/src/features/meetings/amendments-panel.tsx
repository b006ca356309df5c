import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIsoDate } from '../../../../shared/domain/dates';
import type { Minutes } from '../../../../shared/domain/minutes';
import { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { SelectField, TextField } from '../../ui/fields';
import { toAppError } from '../../api/to-app-error';

/** Amendments sit beside the approved original; they never rewrite it. */
export function AmendmentsPanel({ minutes, onSaved }: { minutes: Minutes; onSaved: (minutes: Minutes) => void }) {
  const { t } = useTranslation('minutes');
  // An amendment cannot predate the approval, so the default never does either.
  const [amendedOn, setAmendedOn] = useState(() => {
    const today = todayIsoDate();
    return minutes.approvedOn && minutes.approvedOn > today ? minutes.approvedOn : today;
  });
  const [reason, setReason] = useState('');
  const [text, setText] = useState('');
  const [sectionId, setSectionId] = useState('');
  const [error, setError] = useState<AppError>();
  const headingOf = (id: number | null) => minutes.sections.find((section) => section.id === id)?.heading;

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      onSaved(
        await call('minutes.amend', {
          minutesId: minutes.id,
          amendment: { amendedOn, reason, text, sectionId: sectionId === '' ? null : Number(sectionId) },
        }),
      );
      setReason('');
      setText('');
    } catch (caught) {
      setError(toAppError(caught));
    }
  }

  return (
    <section aria-labelledby="amendments-title">
      <h3 id="amendments-title">{t('amendments')}</h3>
      {minutes.amendments.length === 0 ? (
        <p>{t('noAmendments')}</p>
      ) : (
        <ul className="minutes-amendments" data-testid="amendments">
          {minutes.amendments.map((amendment) => (
            <li key={amendment.id}>
              <strong>{amendment.amendedOn}</strong>
              {amendment.sectionId !== null && <> · {headingOf(amendment.sectionId)}</>} — {amendment.text}
              <br />
              <span className="muted">{t('amendmentReason', { reason: amendment.reason })}</span>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={save} noValidate className="form" aria-label={t('addAmendment')}>
        <TextField
          label={t('amendedOn')}
          type="date"
          value={amendedOn}
          onChange={setAmendedOn}
          error={error?.issueFor('amendment.amendedOn')}
        />
        <SelectField<string>
          label={t('amendedSection')}
          value={sectionId}
          onChange={setSectionId}
          options={[
            { value: '', label: t('wholeMinutes') },
            ...minutes.sections.map((section) => ({ value: String(section.id), label: section.heading })),
          ]}
        />
        <TextField
          label={t('amendmentReasonLabel')}
          value={reason}
          onChange={setReason}
          error={error?.issueFor('amendment.reason')}
        />
        <TextField
          label={t('amendmentText')}
          value={text}
          onChange={setText}
          error={error?.issueFor('amendment.text')}
          multiline
        />
        <div className="actions">
          <button type="submit">{t('addAmendment')}</button>
        </div>
        {error && error.issues.length === 0 && (
          <p className="field__error" role="alert">
            {error.message}
          </p>
        )}
      </form>
    </section>
  );
}
