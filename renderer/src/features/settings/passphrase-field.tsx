import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { FieldFrame } from '../../ui/fields';

interface PassphraseFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  /** "new-password" when choosing one, so password managers offer to keep it. */
  autoComplete: 'new-password' | 'current-password';
}

/** A passphrase input: masked, never spell-checked (a spell checker may send the text to a service). */
export function PassphraseField({ label, value, onChange, error, hint, autoComplete }: PassphraseFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="password"
          value={value}
          autoComplete={autoComplete}
          spellCheck={false}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}

interface FormPassphraseFieldProps<Values extends FieldValues> {
  control: Control<Values, unknown, unknown>;
  name: FieldPathByValue<Values, string>;
  label: string;
  hint?: string | undefined;
  autoComplete: PassphraseFieldProps['autoComplete'];
}

/** The passphrase input bound to a react-hook-form field, with the field's error under it. */
export function FormPassphraseField<Values extends FieldValues>({ control, name, label, hint, autoComplete }: FormPassphraseFieldProps<Values>) {
  const { field, fieldState } = useController({ control, name });
  return (
    <PassphraseField
      label={label}
      value={field.value as string}
      onChange={field.onChange}
      error={fieldState.error?.message}
      hint={hint}
      autoComplete={autoComplete}
    />
  );
}
