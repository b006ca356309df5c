import { useEffect } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';

/**
 * How a page builds a form: react-hook-form checked by the contract's own input schema, so the browser
 * refuses exactly what the main side would, in whole translated sentences, before any round trip.
 *
 *   const form = useContractForm({
 *     schema: memberDraftSchema,            // from shared/: never a second copy of its rules
 *     toInput: draftFromMemberForm,         // strings typed in inputs -> what the schema reads
 *     defaultValues: emptyMemberForm(),
 *     serverValues: member && memberFormFrom(member),  // edit pages: what the ledger holds
 *   });
 *
 * then <FormFrame form={form} ...> with fields from forms/form-fields.tsx. Server values are applied
 * only while the form is untouched, so a late or refetched answer never overwrites what is being typed.
 */
export interface ContractFormOptions<Values extends FieldValues, Schema extends z.ZodType> {
  schema: Schema;
  toInput: (values: Values) => z.input<Schema>;
  defaultValues: DefaultValues<Values>;
  serverValues?: Values | undefined;
}

export function useContractForm<Values extends FieldValues, Schema extends z.ZodType>(
  options: ContractFormOptions<Values, Schema>,
): UseFormReturn<Values, unknown, z.output<Schema>> {
  const form = useForm<Values, unknown, z.output<Schema>>({
    defaultValues: options.defaultValues,
    resolver: contractResolver(options.schema, options.toInput),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  useServerValues(form, options.serverValues);
  return form;
}

/** The schema's zodResolver, run on the form's values once mapped to the schema's input. */
export function contractResolver<Values extends FieldValues, Schema extends z.ZodType>(
  schema: Schema,
  toInput: (values: Values) => z.input<Schema>,
): Resolver<Values, unknown, z.output<Schema>> {
  // The resolver checks the mapped input, whose shape (and so every error's path) is the form's own.
  const resolve = zodResolver(schema as never) as unknown as Resolver<FieldValues, unknown, z.output<Schema>>;
  return (values, context, options) =>
    resolve(toInput(values) as FieldValues, context, options as never) as ReturnType<Resolver<Values, unknown, z.output<Schema>>>;
}

/** Resets the form to what the ledger holds whenever that changes, unless the coordinator is editing. */
export function useServerValues<Values extends FieldValues>(
  form: UseFormReturn<Values, unknown, unknown>,
  serverValues: Values | undefined,
): void {
  const { isDirty } = form.formState;
  // Compared by content: a refetch that brings the same record must not disturb the form.
  const key = serverValues === undefined ? undefined : JSON.stringify(serverValues);
  useEffect(() => {
    if (key !== undefined && !isDirty) form.reset(JSON.parse(key) as Values);
  }, [key, isDirty, form]);
}
