import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../../../shared/contract/imports';

/** A real progress bar (bytes read of bytes sent), its text announced politely to screen readers. */
export function ImportReadingProgress({
  progress,
  sending,
}: {
  progress: ImportProgress | undefined;
  sending: boolean;
}) {
  const { t } = useTranslation('imports');
  const id = useId();
  const total = progress?.bytesTotal ?? 0;
  return (
    <div className="imports-progress">
      <p id={id} role="status" aria-live="polite">
        {sending ? t('sending') : t('reading', { count: progress?.rowsRead ?? 0 })}
      </p>
      <progress aria-labelledby={id} max={total || undefined} value={total ? (progress?.bytesRead ?? 0) : undefined} />
    </div>
  );
}
