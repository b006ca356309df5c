import { useTranslation } from 'react-i18next';
import type { DecisionRule } from '../../../../shared/domain/vote-rules';
import type { LiveOutcome } from '../../../../shared/domain/vote-live-outcome';
import { describeReason } from '../../errors/describe-error';

/** Announced politely to screen readers as the numbers change, so the chair hears the result as it is typed. */
export function VoteOutcome({ outcome, rule }: { outcome: LiveOutcome; rule: DecisionRule }) {
  const { t, i18n } = useTranslation('recommendations');
  const { decision, tally, issues } = outcome;
  let text: string;
  let tone: 'carried' | 'defeated' | 'invalid' | 'no_quorum';
  if (!decision) {
    // The same reasons the ledger would refuse with, worded the same way.
    text = issues.map((issue) => describeReason(i18n, issue.reason, issue.params) ?? issue.message).join(' ');
    tone = 'invalid';
  } else if (decision.result === 'no_quorum') {
    text = t('votes.live.no_quorum');
    tone = 'no_quorum';
  } else if (rule === 'consensus') {
    text = decision.result === 'carried' ? t('votes.live.consensusCarried') : t('votes.live.consensusDefeated', { count: tally.block });
    tone = decision.result;
  } else {
    text = t(`votes.live.${decision.result}`, { for: tally.for, needed: decision.votesNeeded, cast: decision.votesCast });
    tone = decision.result;
  }
  return (
    <p className={`vote-outcome vote-outcome--${tone}`} role="status" aria-live="polite" data-testid="vote-outcome">
      {text}
    </p>
  );
}
