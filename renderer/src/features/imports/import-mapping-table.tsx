import { useTranslation } from 'react-i18next';
import {
  importFields,
  type ImportField,
  type ImportMapping,
  type ImportSheet,
} from '../../../../shared/contract/imports';

interface Props {
  sheet: ImportSheet;
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
}

/** One line per column of the file: its header, its first values, and the member field it fills. */
export function ImportMappingTable({ sheet, mapping, onChange }: Props) {
  const { t } = useTranslation('imports');
  const choose = (index: number, field: ImportField | null) => {
    // A field fills one column only: choosing it here releases it elsewhere.
    onChange(mapping.map((current, position) => (position === index ? field : current === field ? null : current)));
  };

  return (
    <table className="data-table imports-mapping">
      <thead>
        <tr>
          <th scope="col">{t('columnHeader')}</th>
          <th scope="col">{t('sampleHeader')}</th>
          <th scope="col">{t('fieldHeader')}</th>
        </tr>
      </thead>
      <tbody>
        {sheet.headers.map((header, index) => {
          const samples = sheet.previewRows
            .map((row) => row.cells[index] ?? '')
            .filter(Boolean)
            .slice(0, 3);
          return (
            <tr key={index}>
              <th scope="row">{header}</th>
              <td className="imports-mapping__samples">{samples.join(' · ')}</td>
              <td>
                <select
                  aria-label={t('fieldFor', { column: header })}
                  value={mapping[index] ?? ''}
                  onChange={(event) => choose(index, (event.target.value || null) as ImportField | null)}
                >
                  <option value="">{t('ignore')}</option>
                  {importFields.map((field) => (
                    <option key={field} value={field}>
                      {t(`fields.${field}`)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
