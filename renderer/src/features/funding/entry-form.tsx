import type { ReactNode } from 'react';
import type { Control, DefaultValues, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AppError } from '../../../../shared/errors';
import type { FieldReason } from '../../../../shared/validation';
import { FormFrame } from '../../forms/form-frame';
import { useContractForm } from '../../forms/use-contract-form';

interface EntryFormProps<Values extends FieldValues, Schema extends z.ZodType> {
  /** Names the form: several can be open on the agreement's page. */
  label: string;
  schema: Schema;
  toInput: (values: Values) => z.input<Schema>;
  unreadable?: (values: Values) => Partial<Record<keyof Values & string, FieldReason>>;
  defaultValues: DefaultValues<Values>;
  /** Where the draft sits in the operation's input ("payment"), so refusals land under their fields. */
  issuePrefix: string;
  save: (draft: z.output<Schema>) => Promise<unknown>;
  error: AppError | null;
  busy: boolean;
  onDone: () => void;
  children: (control: Control<Values, unknown, z.output<Schema>>) => ReactNode;
}

/** The form of one entry of an agreement, checked by the contract's schema for that kind of entry. */
export function EntryForm<Values extends FieldValues, Schema extends z.ZodType>(props: EntryFormProps<Values, Schema>) {
  const { t } = useTranslation('funding');
  const form = useContractForm({ schema: props.schema, toInput: props.toInput, unreadable: props.unreadable, defaultValues: props.defaultValues });
  return (
    <FormFrame
      form={form}
      onSubmit={async (draft) => {
        await props.save(draft);
        props.onDone();
      }}
      error={props.error}
      issuePrefix={props.issuePrefix}
      submitLabel={t('entries.save')}
      busy={props.busy}
      cancel={{ onClick: props.onDone }}
      label={props.label}
      className="form funding-entry-form"
    >
      {props.children(form.control)}
    </FormFrame>
  );
}
