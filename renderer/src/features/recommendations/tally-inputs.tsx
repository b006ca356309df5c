import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionRule, VoteTally } from '../../../../shared/domain/vote-rules';
import type { TallyText } from './vote-form-state';

interface TallyInputsProps {
  rule: DecisionRule;
  tally: TallyText;
  onChange: (tally: TallyText) => void;
  error?: string | undefined;
  /** Labels the row for category tallies, e.g. "Union: for". */
  prefix?: string;
  autoFocus?: boolean;
}

/** Number boxes for, against, abstain (and block under consensus), in the order a chair calls them. */
export function TallyInputs({ rule, tally, onChange, error, prefix, autoFocus = true }: TallyInputsProps) {
  const { t } = useTranslation('recommendations');
  const baseId = useId();
  const columns: (keyof VoteTally)[] =
    rule === 'consensus' ? ['for', 'against', 'abstain', 'block'] : ['for', 'against', 'abstain'];
  return (
    <div className="vote-tally">
      {columns.map((column, index) => {
        const id = `${baseId}-${column}`;
        return (
          <div className="field vote-tally__field" key={column}>
            <label htmlFor={id}>{prefix ? `${prefix}: ${t(`votes.${column}`)}` : t(`votes.${column}`)}</label>
            <input
              id={id}
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              value={tally[column]}
              autoFocus={autoFocus && index === 0}
              aria-invalid={!!error}
              onChange={(event) => onChange({ ...tally, [column]: event.target.value })}
            />
          </div>
        );
      })}
      {error && (
        <p className="field__error vote-tally__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
