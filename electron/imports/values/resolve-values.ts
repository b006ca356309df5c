import type { z } from 'zod';
import {
  importValueListCap,
  type ImportValueChoices,
  type ImportValueField,
  type ImportValues,
} from '../../../shared/contract/imports';
import { languageCodeSchema, type LanguageCode } from '../../../shared/domain/languages';
import { stakeholderCategorySchema, type StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import type { RememberedValues } from '../../ledger/imports/value-mapping-repository';
import { categoryVocabulary } from './category-vocabulary';
import type { DistinctValue } from './distinct-values';
import { languageVocabulary } from './language-vocabulary';
import { indexVocabulary, knownValue, suggestValue, type VocabularyIndex } from './value-vocabulary';

/** What each value of the sheet stands for, by valueKey; a value missing here cannot be imported. */
export interface ResolvedValues {
  category: ReadonlyMap<string, StakeholderCategory>;
  language: ReadonlyMap<string, LanguageCode>;
}

interface FieldRules<Code extends string> {
  index: VocabularyIndex<Code>;
  schema: z.ZodType<Code>;
}

const rules = {
  category: { index: indexVocabulary(categoryVocabulary), schema: stakeholderCategorySchema },
  language: { index: indexVocabulary(languageVocabulary), schema: languageCodeSchema },
} satisfies Record<ImportValueField, FieldRules<string>>;

/** A remembered code the app still has (a later version might drop one). */
function rememberedCode<Code extends string>(
  field: FieldRules<Code>,
  remembered: ReadonlyMap<string, string>,
  key: string,
): Code | undefined {
  const parsed = field.schema.safeParse(remembered.get(key));
  return parsed.success ? parsed.data : undefined;
}

function listFor<Code extends string>(
  field: FieldRules<Code>,
  values: DistinctValue[],
  remembered: ReadonlyMap<string, string>,
) {
  return {
    distinctCount: values.length,
    values: values.slice(0, importValueListCap).map((value) => {
      const known = rememberedCode(field, remembered, value.key);
      const suggestion = known
        ? { code: known, basis: 'remembered' as const, candidates: [] }
        : suggestValue(field.index, value.text);
      return { ...value, suggestion: suggestion.code, basis: suggestion.basis, candidates: suggestion.candidates };
    }),
  };
}

/** The value step: each distinct value with what the app suggests for it. */
export function listImportValues(
  distinct: Record<ImportValueField, DistinctValue[]>,
  remembered: RememberedValues,
): ImportValues {
  return {
    category: listFor(rules.category, distinct.category, remembered.category),
    language: listFor(rules.language, distinct.language, remembered.language),
  };
}

/** Without a choice, a value means what the coordinator confirmed before, else a name the app knows. */
function defaultFor<Code extends string>(
  field: FieldRules<Code>,
  value: DistinctValue,
  remembered: ReadonlyMap<string, string>,
): Code | undefined {
  return rememberedCode(field, remembered, value.key) ?? knownValue(field.index, value.text).code ?? undefined;
}

function resolveFor<Code extends string>(
  field: FieldRules<Code>,
  values: DistinctValue[],
  remembered: ReadonlyMap<string, string>,
  choices: readonly { key: string; code: Code }[],
): Map<string, Code> {
  const chosen = new Map(choices.map((choice) => [choice.key, choice.code]));
  const resolved = new Map<string, Code>();
  for (const value of values) {
    const code = chosen.get(value.key) ?? defaultFor(field, value, remembered);
    if (code) resolved.set(value.key, code);
  }
  return resolved;
}

/** What every value of the sheet means: the coordinator's choices first, then remembered, then known names. */
export function resolveValues(
  distinct: Record<ImportValueField, DistinctValue[]>,
  remembered: RememberedValues,
  choices: ImportValueChoices,
): ResolvedValues {
  return {
    category: resolveFor(rules.category, distinct.category, remembered.category, choices.category),
    language: resolveFor(rules.language, distinct.language, remembered.language, choices.language),
  };
}

/** Longer "values" are sentences typed in the wrong column, not wording worth remembering. */
const longestRememberedKey = 100;

/** The choices worth keeping for the next import: those that say something the app would not assume. */
export function choicesToRemember(
  distinct: Record<ImportValueField, DistinctValue[]>,
  remembered: RememberedValues,
  choices: ImportValueChoices,
): Record<ImportValueField, { key: string; code: string }[]> {
  const worthKeeping = <Code extends string>(
    field: FieldRules<Code>,
    values: DistinctValue[],
    fieldRemembered: ReadonlyMap<string, string>,
    fieldChoices: readonly { key: string; code: Code }[],
  ) => {
    const inSheet = new Map(values.map((value) => [value.key, value]));
    return fieldChoices.filter((choice) => {
      const value = inSheet.get(choice.key);
      return (
        value !== undefined &&
        choice.key.length <= longestRememberedKey &&
        defaultFor(field, value, fieldRemembered) !== choice.code
      );
    });
  };
  return {
    category: worthKeeping(rules.category, distinct.category, remembered.category, choices.category),
    language: worthKeeping(rules.language, distinct.language, remembered.language, choices.language),
  };
}
