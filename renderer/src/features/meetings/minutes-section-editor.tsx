import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Minutes, MinutesSection } from '../../../../shared/domain/minutes';
import { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { TextField } from '../../ui/fields';
import { MemberPicker, type PickedMember } from './member-picker';
import { toAppError } from '../../api/to-app-error';

export function MinutesSectionEditor({
  section,
  locked,
  amendments,
  onSaved,
}: {
  section: MinutesSection;
  locked: boolean;
  /** Amendments to this section, shown beside the approved text they amend. */
  amendments: Minutes['amendments'];
  onSaved: (minutes: Minutes) => void;
}) {
  const { t } = useTranslation('minutes');
  const [notes, setNotes] = useState(section.notes);
  const [decisions, setDecisions] = useState(section.decisions);
  const [speaker, setSpeaker] = useState<PickedMember | null>(null);
  const [testimony, setTestimony] = useState('');
  const [error, setError] = useState<AppError>();
  const [status, setStatus] = useState('');

  async function run(action: () => Promise<Minutes>, done: string) {
    setError(undefined);
    setStatus('');
    try {
      onSaved(await action());
      setStatus(done);
    } catch (caught) {
      setError(toAppError(caught));
    }
  }

  function save(event: FormEvent) {
    event.preventDefault();
    void run(() => call('minutes.section.update', { sectionId: section.id, notes, decisions }), t('sectionSaved'));
  }

  function addTestimony(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      const minutes = await call('minutes.testimony.add', {
        sectionId: section.id,
        testimony: { memberId: speaker?.id ?? null, summary: testimony },
      });
      setTestimony('');
      setSpeaker(null);
      return minutes;
    }, t('testimonySaved'));
  }

  const headingId = `minutes-section-${section.id}`;
  return (
    <article className="card minutes-section" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {section.position}. {section.heading}
      </h3>
      {locked ? (
        <>
          <p className="notes">{section.notes || '—'}</p>
          {section.decisions && (
            <p className="notes">
              <strong>{t('decisions')}:</strong> {section.decisions}
            </p>
          )}
        </>
      ) : (
        <form onSubmit={save} noValidate className="form">
          <TextField
            label={t('notesFor', { heading: section.heading })}
            value={notes}
            onChange={setNotes}
            error={error?.issueFor('notes')}
            multiline
          />
          <TextField
            label={t('decisionsFor', { heading: section.heading })}
            value={decisions}
            onChange={setDecisions}
            error={error?.issueFor('decisions')}
            multiline
          />
          <div className="actions">
            <button type="submit">{t('saveSection', { heading: section.heading })}</button>
          </div>
        </form>
      )}
      {amendments.length > 0 && (
        <ul className="minutes-section__amendments" aria-label={t('amendments')}>
          {amendments.map((amendment) => (
            <li key={amendment.id}>
              <strong>{t('amendedOnValue', { date: amendment.amendedOn })}</strong> {amendment.text}{' '}
              <span className="muted">({t('amendmentReason', { reason: amendment.reason })})</span>
            </li>
          ))}
        </ul>
      )}
      {section.testimonies.length > 0 && (
        <ul className="minutes-testimonies">
          {section.testimonies.map((entry) => (
            <li key={entry.id}>
              <strong>{entry.speaker ?? t('anonymousSpeaker')}</strong>
              {entry.speakerIsAlias && <span className="tag">{t('meetings:alias')}</span>}: {entry.summary}
            </li>
          ))}
        </ul>
      )}
      {!locked && section.kind === 'worker_voices' && (
        <form onSubmit={addTestimony} noValidate className="form minutes-testimony-form">
          <MemberPicker
            label={t('testimonySpeaker')}
            value={speaker}
            onChange={setSpeaker}
            error={error?.issueFor('testimony.memberId')}
          />
          <p className="field__hint">{t('testimonyPrivacy')}</p>
          <TextField
            label={t('testimonySummary')}
            value={testimony}
            onChange={setTestimony}
            error={error?.issueFor('testimony.summary')}
            multiline
          />
          <div className="actions">
            <button type="submit">{t('addTestimony')}</button>
          </div>
        </form>
      )}
      {error && error.issues.length === 0 && (
        <p className="field__error" role="alert">
          {error.message}
        </p>
      )}
      <p className="meetings-visually-hidden" role="status">
        {status}
      </p>
    </article>
  );
}
