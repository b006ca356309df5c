import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import { ErrorBanner } from './error-banner';

interface PersonalDataDialogProps {
  /** The button that opens the warning. */
  buttonLabel: string;
  title: string;
  warning: ReactNode;
  advice: ReactNode;
  confirmLabel: string;
  workingLabel: string;
  busy: boolean;
  error: AppError | null | undefined;
  /** Runs the export; the dialog closes when it resolves true. */
  onConfirm: () => Promise<boolean>;
}

/**
 * The warning every export of personal data sits behind: a modal that says what the file holds and
 * how to keep it, with Cancel focused first so a stray Enter does not export.
 */
export function PersonalDataDialog({ buttonLabel, title, warning, advice, confirmLabel, workingLabel, busy, error, onConfirm }: PersonalDataDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const warningId = useId();
  const confirm = async () => {
    if (await onConfirm()) dialogRef.current?.close();
  };
  return (
    <>
      <button type="button" onClick={() => dialogRef.current?.showModal()}>
        {buttonLabel}
      </button>
      <dialog ref={dialogRef} className="personal-data-dialog" aria-labelledby={titleId} aria-describedby={warningId}>
        <h2 id={titleId}>{title}</h2>
        <p id={warningId}>
          <strong>{warning}</strong>
        </p>
        <p>{advice}</p>
        <ErrorBanner error={error} />
        <div className="actions">
          <button type="button" className="button--primary" disabled={busy} onClick={() => void confirm()}>
            {busy ? workingLabel : confirmLabel}
          </button>
          <button type="button" autoFocus onClick={() => dialogRef.current?.close()}>
            {t('actions.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
