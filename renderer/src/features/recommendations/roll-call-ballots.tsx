import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoteSetup } from '../../../../shared/contract/votes';
import { ballotChoices, type BallotChoice, type DecisionRule } from '../../../../shared/domain/vote-rules';

interface RollCallBallotsProps {
  /** Who answers: the members present, or for a correction the members the roll call recorded. */
  present: readonly Pick<VoteSetup['present'][number], 'memberId' | 'name'>[];
  rule: DecisionRule;
  ballots: Record<number, BallotChoice>;
  onChange: (ballots: Record<number, BallotChoice>) => void;
  error?: string | undefined;
}

/** One answer per member present (workers by alias); the tallies follow from them. */
export function RollCallBallots({ present, rule, ballots, onChange, error }: RollCallBallotsProps) {
  const { t } = useTranslation('recommendations');
  const baseId = useId();
  const choices = ballotChoices.filter((choice) => choice !== 'block' || rule === 'consensus');
  return (
    <fieldset className="field vote-roll-call">
      <legend>{t('votes.rollCallPresent')}</legend>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <ul className="vote-roll-call__list">
        {present.map((member) => {
          const id = `${baseId}-ballot-${member.memberId}`;
          return (
            <li key={member.memberId}>
              <label htmlFor={id}>{member.name}</label>
              <select
                id={id}
                value={ballots[member.memberId] ?? 'not_voting'}
                onChange={(event) => onChange({ ...ballots, [member.memberId]: event.target.value as BallotChoice })}
              >
                {choices.map((choice) => (
                  <option key={choice} value={choice}>
                    {t(`votes.choices.${choice}`)}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
