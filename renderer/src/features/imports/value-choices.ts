import type {
  ImportValue,
  ImportValueChoices,
  ImportValueField,
  ImportValues,
} from '../../../../shared/contract/imports';

/** What the coordinator picked for a value, by its key; null: "not matched, set these rows aside". */
export type PickedValues = Record<ImportValueField, ReadonlyMap<string, string | null>>;

export const noPicks: PickedValues = { category: new Map(), language: new Map() };

/** A value's meaning as it stands: the coordinator's pick, else the app's suggestion. */
export function chosenCode(value: ImportValue, picked: ReadonlyMap<string, string | null>): string | null {
  return picked.has(value.key) ? (picked.get(value.key) ?? null) : value.suggestion;
}

/** The choices sent with a check or the import: every listed value that stands for something. */
export function valueChoicesFrom(values: ImportValues | undefined, picked: PickedValues): ImportValueChoices {
  const choicesFor = (field: ImportValueField) =>
    (values?.[field].values ?? []).flatMap((value) => {
      const code = chosenCode(value, picked[field]);
      return code ? [{ key: value.key, code }] : [];
    });
  return { category: choicesFor('category'), language: choicesFor('language') } as ImportValueChoices;
}
