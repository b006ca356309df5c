import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/errors';
import { ErrorBanner } from './error-banner';

interface Props {
  /** The button that opens the warning. */
  opener: string;
  title: string;
  /** What personal data the file holds and who could be harmed. */
  warning: ReactNode;
  /** How to keep it safe. */
  advice: ReactNode;
  confirm: string;
  busyLabel: string;
  busy: boolean;
  error: AppError | null | undefined;
  /** Makes the file; call close() once it is handed over. */
  onConfirm: (close: () => void) => void;
  /** Called as the dialog opens, to set its choices afresh. */
  onOpen?: () => void;
  /** Choices about what the file holds (which members, say), shown above the buttons. */
  children?: ReactNode;
}

/**
 * Every download of personal data (the roster, an import's rejected rows, a notice's recipients)
 * waits behind this modal warning, which the coordinator must accept. Cancel is focused first, so
 * a stray Enter does not export.
 */
export function PersonalDataDialog({ opener, title, warning, advice, confirm, busyLabel, busy, error, onConfirm, onOpen, children }: Props) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const warningId = useId();
  const close = () => dialogRef.current?.close();
  return (
    <>
      <button
        type="button"
        onClick={() => {
          onOpen?.();
          dialogRef.current?.showModal();
          // showModal focuses the first control (a choice, or the export button): Cancel must come first.
          cancelRef.current?.focus();
        }}
      >
        {opener}
      </button>
      <dialog ref={dialogRef} className="personal-data-dialog" aria-labelledby={titleId} aria-describedby={warningId}>
        <h2 id={titleId}>{title}</h2>
        <p id={warningId}>
          <strong>{warning}</strong>
        </p>
        <p>{advice}</p>
        {children}
        <ErrorBanner error={error} />
        <div className="actions">
          <button type="button" className="button--primary" disabled={busy} onClick={() => onConfirm(close)}>
            {busy ? busyLabel : confirm}
          </button>
          <button type="button" ref={cancelRef} onClick={close}>
            {t('actions.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
