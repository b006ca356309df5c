import { useEffect } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form';
import i18next from 'i18next';
import type { z } from 'zod';
import type { FieldReason } from '../../../shared/validation';
import { describeReason } from '../errors/describe-error';

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
  /**
   * What cannot even be read from the inputs (an amount typed as "abc"), before the schema judges
   * the values: a rule about typing, not a second copy of the contract's rules.
   */
  unreadable?: (values: Values) => Partial<Record<keyof Values & string, FieldReason>>;
  defaultValues: DefaultValues<Values>;
  serverValues?: Values | undefined;
}

export function useContractForm<Values extends FieldValues, Schema extends z.ZodType>(
  options: ContractFormOptions<Values, Schema>,
): UseFormReturn<Values, unknown, z.output<Schema>> {
  const form = useForm<Values, unknown, z.output<Schema>>({
    defaultValues: options.defaultValues,
    resolver: contractResolver(options.schema, options.toInput, options.unreadable),
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
  unreadable?: ContractFormOptions<Values, Schema>['unreadable'],
): Resolver<Values, unknown, z.output<Schema>> {
  // The resolver checks the mapped input, whose shape (and so every error's path) is the form's own.
  const resolve = zodResolver(schema as never) as unknown as Resolver<FieldValues, unknown, z.output<Schema>>;
  return async (values, context, options) => {
    const result = await resolve(toInput(values) as FieldValues, context, options as never);
    const typing = Object.entries(unreadable?.(values) ?? {}) as [string, FieldReason][];
    if (typing.length === 0) return result as Awaited<ReturnType<Resolver<Values, unknown, z.output<Schema>>>>;
    const errors: Record<string, { type: string; message: string }> = { ...(result.errors as Record<string, never>) };
    for (const [field, reason] of typing) errors[field] = { type: 'unreadable', message: describeReason(i18next, reason) ?? reason };
    return { values: {}, errors } as unknown as Awaited<ReturnType<Resolver<Values, unknown, z.output<Schema>>>>;
  };
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
