import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FiscalQuarter } from '../../../../shared/domain/fiscal-quarter';
import type { QuarterlyNarrative } from '../../../../shared/domain/report';
import { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { useOperation } from '../../api/use-operation';
import { ErrorBanner } from '../../ui/error-banner';
import { TextField } from '../../ui/fields';
import { toAppError } from '../../api/to-app-error';

const empty: QuarterlyNarrative = { highlights: '', challenges: '', lessonsLearned: '' };

/** The coordinator's highlights, challenges and lessons, stored with the quarter. */
export function NarrativeEditor({ quarter, onSaved }: { quarter: FiscalQuarter; onSaved: () => void }) {
  const { t } = useTranslation('reports');
  const stored = useOperation('reports.quarterly.narrative.get', { quarter });
  const [draft, setDraft] = useState<QuarterlyNarrative>(empty);
  const [error, setError] = useState<AppError>();
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (stored.data) setDraft(stored.data);
  }, [stored.data]);

  const save = async () => {
    setSaved(false);
    setError(undefined);
    try {
      setDraft(await call('reports.quarterly.narrative.save', { quarter, narrative: draft }));
      setSaved(true);
      onSaved();
    } catch (caught) {
      setError(toAppError(caught));
    }
  };

  const field = (key: keyof QuarterlyNarrative) => (
    <TextField
      label={t(key)}
      value={draft[key]}
      multiline
      error={error?.issueFor(`narrative.${key}`)}
      onChange={(value) => {
        setSaved(false);
        setDraft((previous) => ({ ...previous, [key]: value }));
      }}
    />
  );

  return (
    <section aria-labelledby="reports-narrative" className="reports-panel">
      <h3 id="reports-narrative">{t('narrativeHeading')}</h3>
      <ErrorBanner error={stored.error ?? error} onRetry={stored.error ? stored.reload : undefined} />
      <div className="form">
        {field('highlights')}
        {field('challenges')}
        {field('lessonsLearned')}
      </div>
      <div className="actions">
        <button type="button" className="button--primary" onClick={() => void save()}>
          {t('saveNarrative')}
        </button>
        {saved && <p role="status">{t('narrativeSaved')}</p>}
      </div>
    </section>
  );
}
