import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportCheck } from '../../../../shared/contract/imports';
import { BlockedButton } from '../../ui/blocked-button';

interface Props {
  check: ImportCheck | undefined;
  checking: boolean;
  committing: boolean;
  validRowsOnly: boolean;
  onValidRowsOnlyChange: (validRowsOnly: boolean) => void;
  onImport: () => void;
}

/**
 * The import button, and when some rows have problems the explicit choice between writing nothing
 * until they are fixed and writing the valid rows now (the others set aside to download and fix).
 */
export function ImportCommitChoice({
  check,
  checking,
  committing,
  validRowsOnly,
  onValidRowsOnlyChange,
  onImport,
}: Props) {
  const { t } = useTranslation('imports');
  const name = useId();
  const invalid = check?.invalidRowCount ?? 0;
  const valid = (check?.rowCount ?? 0) - invalid;
  const blockedBy =
    !check || checking
      ? t('blocked.checking')
      : check.missingFields.length > 0
        ? t('blocked.missingFields')
        : valid === 0
          ? t('blocked.nothingValid')
          : invalid > 0 && !validRowsOnly
            ? t('blocked.problems')
            : null;
  return (
    <>
      {invalid > 0 && valid > 0 && (
        <fieldset className="field imports-choice">
          <legend>{t('choice.legend')}</legend>
          <label>
            <input type="radio" name={name} checked={!validRowsOnly} onChange={() => onValidRowsOnlyChange(false)} />{' '}
            {t('choice.nothing')}
          </label>
          <label>
            <input type="radio" name={name} checked={validRowsOnly} onChange={() => onValidRowsOnlyChange(true)} />{' '}
            {t('choice.validOnly', { count: valid, invalid })}
          </label>
        </fieldset>
      )}
      <BlockedButton
        className="button--primary"
        blockedBy={committing ? null : blockedBy}
        disabled={committing}
        aria-busy={committing}
        onClick={onImport}
      >
        {committing
          ? t('committing')
          : invalid > 0
            ? t('commitValid', { count: valid })
            : t('commit', { count: valid })}
      </BlockedButton>
    </>
  );
}
