import { useId } from 'react';
import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import type { LanguageCode } from '../../../../shared/domain/languages';
import { languageOptions } from './language-labels';

/** A group of checkboxes: keyboard-friendly, and every language visible at once. */
export function LanguagePicker<Values extends FieldValues>({
  control,
  name,
  label,
}: {
  control: Control<Values, unknown, unknown>;
  name: FieldPathByValue<Values, LanguageCode[]>;
  label: string;
}) {
  const errorId = useId();
  const { field, fieldState } = useController({ control, name });
  const value = field.value as LanguageCode[];
  const error = fieldState.error?.message;
  const toggle = (code: LanguageCode, checked: boolean) =>
    field.onChange(checked ? [...value, code] : value.filter((existing) => existing !== code));
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
