import { useTranslation } from 'react-i18next';
import type { ImportSheet } from '../../../../shared/contract/imports';

/** The first rows exactly as read, so the coordinator can see accents and scripts came through. */
export function ImportPreviewTable({ sheet }: { sheet: ImportSheet }) {
  const { t } = useTranslation('imports');
  return (
    <div className="imports-scroll" tabIndex={0} role="region" aria-label={t('previewTitle')}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('rowHeader')}</th>
            {sheet.headers.map((header, index) => (
              <th scope="col" key={index}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.previewRows.map((row) => (
            <tr key={row.rowNumber}>
              <th scope="row">{row.rowNumber}</th>
              {row.cells.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
