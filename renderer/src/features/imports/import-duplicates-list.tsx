import { useTranslation } from 'react-i18next';
import {
  duplicateActions,
  type DuplicateAction,
  type ImportCheck,
  type ImportDuplicate,
} from '../../../../shared/contract/imports';

interface Props {
  check: ImportCheck;
  defaultAction: DuplicateAction;
  onDefaultChange: (action: DuplicateAction) => void;
  overrides: ReadonlyMap<number, DuplicateAction>;
  onOverride: (rowNumber: number, action: DuplicateAction) => void;
}

function ExistingMatch({ duplicate }: { duplicate: ImportDuplicate }) {
  const { t } = useTranslation('imports');
  const existing = duplicate.existing;
  const what =
    existing.kind === 'ledger'
      ? t('existingLedger', { name: existing.displayName })
      : t('existingFile', { row: existing.rowNumber, name: existing.displayName });
  return (
    <>
      {what} <span className="muted">({t(`matchedBy.${duplicate.matchedBy}`)})</span>
    </>
  );
}

/** Duplicates with one choice for all and a choice per row: skip, update, or import separately. */
export function ImportDuplicatesList({ check, defaultAction, onDefaultChange, overrides, onOverride }: Props) {
  const { t } = useTranslation('imports');
  if (check.duplicateCount === 0) return null;
  const options = duplicateActions.map((action) => (
    <option key={action} value={action}>
      {t(`actions.${action}`)}
    </option>
  ));
  return (
    <section aria-labelledby="imports-duplicates-title">
      <h2 id="imports-duplicates-title">{t('duplicatesTitle')}</h2>
      <p>{t('duplicatesIntro')}</p>
      <div className="field imports-duplicates__all">
        <label htmlFor="imports-duplicate-all">{t('duplicateAll')}</label>
        <select
          id="imports-duplicate-all"
          value={defaultAction}
          onChange={(event) => onDefaultChange(event.target.value as DuplicateAction)}
        >
          {options}
        </select>
      </div>
      {check.duplicates.length < check.duplicateCount && (
        <p className="muted">{t('duplicatesMore', { shown: check.duplicates.length, count: check.duplicateCount })}</p>
      )}
      <div className="imports-scroll" tabIndex={0} role="region" aria-labelledby="imports-duplicates-title">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('rowHeader')}</th>
              <th scope="col">{t('nameHeader')}</th>
              <th scope="col">{t('matchHeader')}</th>
              <th scope="col">{t('choiceHeader')}</th>
            </tr>
          </thead>
          <tbody>
            {check.duplicates.map((duplicate) => (
              <tr key={duplicate.rowNumber}>
                <td>{duplicate.rowNumber}</td>
                <td>{duplicate.displayName}</td>
                <td>
                  <ExistingMatch duplicate={duplicate} />
                </td>
                <td>
                  <select
                    aria-label={t('duplicateRow', { row: duplicate.rowNumber })}
                    value={overrides.get(duplicate.rowNumber) ?? defaultAction}
                    onChange={(event) => onOverride(duplicate.rowNumber, event.target.value as DuplicateAction)}
                  >
                    {options}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
