import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoteSetup } from '../../../../shared/contract/votes';
import type { Vote } from '../../../../shared/domain/vote';
import { formatIsoDate } from '../../i18n/format';
import { motionSubject } from './motion-subject';
import { VoteCorrectionForm, VoteVoidForm } from './vote-correction-form';

/**
 * One vote as the minutes record it: the motion, who moved and seconded it, method, rule, counts,
 * attendance and result, and any correction. With the meeting's setup (and its minutes still open)
 * the vote can be corrected or voided here.
 */
export function VoteSummary({ vote, showMeeting, setup }: { vote: Vote; showMeeting: boolean; setup?: VoteSetup | undefined }) {
  const { t } = useTranslation('recommendations');
  const { t: tm } = useTranslation('motions');
  const [editing, setEditing] = useState<'correct' | 'void' | null>(null);
  const editable = setup !== undefined && !setup.minutesLocked && vote.voided === null;
  return (
    <li className={`vote-summary vote-summary--${vote.voided ? 'voided' : vote.result}`} data-testid="vote-summary">
      <strong>{motionSubject(tm, vote)}</strong>
      {showMeeting && ` — ${vote.meetingTitle} (${formatIsoDate(vote.meetingHeldOn)})`}
      {': '}
      <span className="vote-summary__result">{t(`votes.results.${vote.result}`)}</span>
      {vote.mover && vote.seconder && (
        <p className="muted">{tm('sponsors', { mover: vote.mover.name, seconder: vote.seconder.name })}</p>
      )}
      {vote.motion.kind === 'amendment' && vote.motion.text && <p className="notes">{vote.motion.text}</p>}
      {vote.motion.kind === 'floor' && vote.motion.text && <p className="notes">{vote.motion.text}</p>}
      <p className="muted">
        {t('votes.minutesLine', {
          method: t(`votes.methods.${vote.method}`),
          rule: t(`votes.rules.${vote.rule}`),
          for: vote.tally.for,
          against: vote.tally.against,
          abstain: vote.tally.abstain,
          blocks: vote.rule === 'consensus' ? t('votes.blocks', { count: vote.tally.block }) : '',
          count: vote.membersPresent,
          voting: vote.votingMembers,
        })}
      </p>
      {vote.note && <p className="notes">{vote.note}</p>}
      {vote.corrections
        .filter((correction) => correction.kind === 'corrected')
        .map((correction) => (
          <p key={correction.id} className="muted vote-summary__correction">
            {tm('corrected', { on: correction.correctedOn, ...correction.before.tally, reason: correction.reason })}
          </p>
        ))}
      {vote.voided && (
        <p className="vote-summary__voided" role="note">
          {tm('voided', { on: vote.voided.on, reason: vote.voided.reason })}
        </p>
      )}
      {editable && editing === null && (
        <div className="actions">
          <button type="button" onClick={() => setEditing('correct')} aria-label={`${tm('correct')}: ${motionSubject(tm, vote)}`}>
            {tm('correct')}
          </button>
          <button type="button" onClick={() => setEditing('void')} aria-label={`${tm('void')}: ${motionSubject(tm, vote)}`}>
            {tm('void')}
          </button>
        </div>
      )}
      {editable && editing === 'correct' && <VoteCorrectionForm vote={vote} setup={setup} onDone={() => setEditing(null)} />}
      {editable && editing === 'void' && <VoteVoidForm vote={vote} onDone={() => setEditing(null)} />}
    </li>
  );
}

export function VoteList({ votes, showMeeting, setup }: { votes: readonly Vote[]; showMeeting: boolean; setup?: VoteSetup | undefined }) {
  const { t } = useTranslation('recommendations');
  if (votes.length === 0) return <p>{t('votes.none')}</p>;
  return (
    <ul className="vote-list">
      {votes.map((vote) => (
        <VoteSummary key={vote.id} vote={vote} showMeeting={showMeeting} setup={setup} />
      ))}
    </ul>
  );
}
