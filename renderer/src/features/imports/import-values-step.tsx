import { useTranslation } from 'react-i18next';
import type { ImportValue, ImportValueField, ImportValues } from '../../../../shared/contract/imports';
import { stakeholderCategories } from '../../../../shared/domain/stakeholder-categories';
import type { LanguageCode } from '../../../../shared/domain/languages';
import { DataTable, type Column } from '../../ui/data-table';
import { formatNumber, localeOf } from '../../i18n/format';
import { languageLabel, languageOptions } from '../members/language-labels';
import { chosenCode, type PickedValues } from './value-choices';

interface Props {
  values: ImportValues;
  picked: PickedValues;
  onPick: (field: ImportValueField, key: string, code: string | null) => void;
}

/** Values the coordinator must look at come first: no suggestion, several possible, a guessed spelling. */
const attentionOrder: Record<ImportValue['basis'], number> = {
  none: 0,
  ambiguous: 1,
  close: 2,
  remembered: 3,
  known: 4,
};

function ValueTable({
  field,
  values,
  picked,
  onPick,
}: { field: ImportValueField } & Omit<Props, 'values'> & { values: ImportValues[ImportValueField] }) {
  const { t, i18n } = useTranslation('imports');
  const { t: tc } = useTranslation();
  if (values.distinctCount === 0) return null;
  const orList = new Intl.ListFormat(localeOf(i18n.language), { type: 'disjunction' });
  const label = (code: string) =>
    field === 'category' ? tc(`categories.${code}`) : languageLabel(code as LanguageCode);
  const options =
    field === 'category'
      ? stakeholderCategories.map((code) => ({ value: code as string, label: label(code) }))
      : languageOptions().map((option) => ({ value: option.value as string, label: option.label }));
  const rows = [...values.values].sort(
    (a, b) => attentionOrder[a.basis] - attentionOrder[b.basis] || b.rowCount - a.rowCount,
  );
  const note = (value: ImportValue) => {
    const chosen = chosenCode(value, picked[field]);
    if (picked[field].has(value.key)) return chosen ? t('values.basis.picked') : t('values.basis.setAside');
    if (value.basis === 'ambiguous')
      return t('values.basis.ambiguous', { options: orList.format(value.candidates.map(label)) });
    return t(`values.basis.${value.basis}`);
  };
  const columns: Column<ImportValue>[] = [
    { key: 'text', header: t('values.valueHeader'), cell: (value) => value.text, rowHeader: true },
    { key: 'rows', header: t('values.rowsHeader'), cell: (value) => formatNumber(value.rowCount) },
    {
      key: 'choice',
      header: t(`values.${field}Header`),
      cell: (value) => (
        <select
          aria-label={t(`values.${field}For`, { value: value.text })}
          value={chosenCode(value, picked[field]) ?? ''}
          onChange={(event) => onPick(field, value.key, event.target.value || null)}
        >
          <option value="">{t('values.notMatched')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ),
    },
    {
      key: 'note',
      header: t('values.noteHeader'),
      cell: (value) => <span className={`imports-value imports-value--${value.basis}`}>{note(value)}</span>,
    },
  ];
  return (
    <>
      <h3>{t(`values.${field}Title`)}</h3>
      {values.values.length < values.distinctCount && (
        <p className="field__hint">{t('values.more', { shown: values.values.length, count: values.distinctCount })}</p>
      )}
      <DataTable
        caption={t(`values.${field}Title`)}
        columns={columns}
        rows={rows}
        rowKey={(value) => value.key}
        rowTestId={`import-value-${field}`}
      />
    </>
  );
}

/** The value step: each category and language found in the file, what the app takes it for, and the coordinator's say. */
export function ImportValuesStep({ values, picked, onPick }: Props) {
  const { t } = useTranslation('imports');
  if (values.category.distinctCount === 0 && values.language.distinctCount === 0) return null;
  return (
    <section aria-labelledby="imports-values-title">
      <h2 id="imports-values-title">{t('values.title')}</h2>
      <p>{t('values.intro')}</p>
      <ValueTable field="category" values={values.category} picked={picked} onPick={onPick} />
      <ValueTable field="language" values={values.language} picked={picked} onPick={onPick} />
    </section>
  );
}
