import { useId } from 'react';
import type { LanguageCode } from '../../../../shared/domain/languages';
import { languageOptions } from './language-labels';

/** A group of checkboxes: keyboard-friendly, and every language visible at once. */
export function LanguagePicker({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: readonly LanguageCode[];
  onChange: (value: LanguageCode[]) => void;
  error?: string | undefined;
}) {
  const errorId = useId();
  const toggle = (code: LanguageCode, checked: boolean) =>
    onChange(checked ? [...value, code] : value.filter((existing) => existing !== code));
  return (
    <fieldset className="field language-picker" aria-describedby={error ? errorId : undefined}>
      <legend>{label}</legend>
      <div className="language-picker__options">
        {languageOptions().map((option) => (
          <label key={option.value}>
            <input type="checkbox" checked={value.includes(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
            {option.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
