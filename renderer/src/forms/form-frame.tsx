import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { AppError, FieldIssue } from '../../../shared/errors';
import { describeIssue } from '../errors/describe-error';
import { ErrorBanner } from '../ui/error-banner';

type Cancel = { href: string } | { onClick: () => void };

interface FormFrameProps<Values extends FieldValues, Output> {
  form: UseFormReturn<Values, unknown, Output>;
  /** Saves the checked values; usually a mutation's mutateAsync. A rejection is shown, not thrown. */
  onSubmit: (values: Output) => Promise<unknown>;
  /** The save's failure (mutation.error): field issues go under their fields, the rest in the banner. */
  error: AppError | null | undefined;
  /** Where the form's values sit in the operation's input: "member" for members.create({ member }). */
  issuePrefix?: string;
  submitLabel: string;
  busy: boolean;
  cancel?: Cancel;
  /** Names the form for assistive technology when it is not the page's only form. */
  label?: string;
  className?: string;
  children: ReactNode;
}

/**
 * The one frame every form uses: checks on submit, a banner saying what to fix, the submit button's
 * busy state, and the refusals the main side sends back placed under the fields they concern.
 */
export function FormFrame<Values extends FieldValues, Output>({
  form,
  onSubmit,
  error,
  issuePrefix = '',
  submitLabel,
  busy,
  cancel,
  label,
  className = 'form',
  children,
}: FormFrameProps<Values, Output>) {
  const { t, i18n } = useTranslation();
  const [unplaced, setUnplaced] = useState<FieldIssue[]>([]);
  const { errors, submitCount } = form.formState;
  const hasFieldErrors = Object.keys(errors).length > 0;

  useEffect(() => {
    if (!error) {
      setUnplaced([]);
      return;
    }
    const fields = new Set(Object.keys(form.getValues()));
    const left: FieldIssue[] = [];
    for (const issue of error.issues) {
      const relative = issuePrefix && issue.path.startsWith(`${issuePrefix}.`) ? issue.path.slice(issuePrefix.length + 1) : issue.path;
      const field = relative.split('.')[0] ?? '';
      if (field && fields.has(field) && (!issuePrefix || relative !== issue.path)) {
        form.setError(field as Path<Values>, { type: 'server', message: describeIssue(i18n, issue) }, { shouldFocus: true });
      } else left.push(issue);
    }
    setUnplaced(left);
  }, [error, form, issuePrefix, i18n]);

  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit(values);
      // What was saved is now what the ledger holds: the form is untouched again.
      form.reset(form.getValues());
    } catch {
      // The mutation keeps the error; the effect above places it.
    }
  });

  const showFixFields = submitCount > 0 && hasFieldErrors;
  return (
    <form className={className} onSubmit={(event) => void submit(event)} noValidate aria-label={label} aria-busy={busy}>
      {showFixFields && (
        <p className="banner banner--error" role="alert">
          {t('problems:fixFields')}
        </p>
      )}
      {error && error.issues.length === 0 && <ErrorBanner error={error} />}
      {unplaced.length > 0 && (
        <ul className="banner banner--error">
          {unplaced.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>{describeIssue(i18n, issue)}</li>
          ))}
        </ul>
      )}
      {children}
      <div className="actions">
        <button type="submit" className="button--primary" disabled={busy} aria-busy={busy}>
          {submitLabel}
        </button>
        {cancel && 'href' in cancel && (
          <a className="button" href={cancel.href}>
            {t('actions.cancel')}
          </a>
        )}
        {cancel && 'onClick' in cancel && (
          <button type="button" onClick={cancel.onClick}>
            {t('actions.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
