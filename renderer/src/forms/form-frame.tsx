import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { AppError, FieldIssue } from '../../../shared/errors';
import { describeIssue } from '../errors/describe-error';
import { ErrorBanner } from '../ui/error-banner';

type Cancel = { href: string } | { onClick: () => void };

/**
 * The form field a refusal from the main side belongs to: its path within the operation's input,
 * less the prefix where the form's values sit, down to the deepest field the form holds
 * ("member.languages.2" is the "languages" field; "membership.role" the "membership.role" field).
 */
export function fieldOf(values: object, issuePath: string, prefix: string): string | undefined {
  if (prefix && !issuePath.startsWith(`${prefix}.`)) return undefined;
  const parts = (prefix ? issuePath.slice(prefix.length + 1) : issuePath).split('.').filter(Boolean);
  let node: unknown = values;
  const path: string[] = [];
  for (const part of parts) {
    if (typeof node !== 'object' || node === null || Array.isArray(node) || !(part in node)) break;
    path.push(part);
    node = (node as Record<string, unknown>)[part];
  }
  return path.length > 0 ? path.join('.') : undefined;
}

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
  /** After a save: keep what was saved (an edit) or empty the form for the next entry (an "add" form). */
  afterSave?: 'keep' | 'clear';
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
  afterSave = 'keep',
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
    const left: FieldIssue[] = [];
    for (const issue of error.issues) {
      const field = fieldOf(form.getValues(), issue.path, issuePrefix);
      if (field) form.setError(field as Path<Values>, { type: 'server', message: describeIssue(i18n, issue) }, { shouldFocus: true });
      else left.push(issue);
    }
    setUnplaced(left);
  }, [error, form, issuePrefix, i18n]);

  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit(values);
      // What was saved is now what the ledger holds: the form is untouched again.
      if (afterSave === 'clear') form.reset();
      else form.reset(form.getValues());
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
