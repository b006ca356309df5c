import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { CheckboxField, SelectField, TextField, type TextFieldType } from '../ui/fields';

/**
 * The ui/fields controls bound to a react-hook-form field: the value, the change, and the field's
 * error (from the contract's schema in the browser, or placed by FormFrame from the main side).
 */
interface BoundProps<Values extends FieldValues, Value> {
  control: Control<Values, unknown, unknown>;
  name: FieldPathByValue<Values, Value>;
  label: string;
  hint?: string | undefined;
}

export function FormTextField<Values extends FieldValues>({
  control,
  name,
  label,
  hint,
  type,
  multiline,
  autoFocus,
  required,
}: BoundProps<Values, string> & { type?: TextFieldType; multiline?: boolean; autoFocus?: boolean; required?: boolean }) {
  const { field, fieldState } = useController({ control, name });
  return (
    <TextField
      label={label}
      value={field.value as string}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={fieldState.error?.message}
      hint={hint}
      type={type}
      multiline={multiline}
      autoFocus={autoFocus}
      required={required}
    />
  );
}

export function FormSelectField<Values extends FieldValues, Value extends string>({
  control,
  name,
  label,
  hint,
  options,
}: BoundProps<Values, Value> & { options: readonly { value: Value; label: string }[] }) {
  const { field, fieldState } = useController({ control, name });
  return (
    <SelectField<Value>
      label={label}
      value={field.value as Value}
      onChange={field.onChange}
      options={options}
      error={fieldState.error?.message}
      hint={hint}
      selectRef={field.ref}
    />
  );
}

export function FormCheckboxField<Values extends FieldValues>({ control, name, label }: BoundProps<Values, boolean>) {
  const { field } = useController({ control, name });
  return <CheckboxField label={label} checked={field.value as boolean} onChange={field.onChange} />;
}
