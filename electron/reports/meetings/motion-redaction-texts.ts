import type { TextToCheck } from '../privacy/redaction-check';
import type { VoteData } from './meeting-report-data';

/**
 * The free texts the minutes print with their votes (a floor motion's title and words, an
 * amendment's words, a recommendation's title and words as voted, a correction's reason): each goes
 * through the same check for workers' names as the rest of the minutes before the document leaves.
 */
export function motionTexts(votes: readonly VoteData[]): TextToCheck[] {
  return votes.flatMap((vote) => {
    const where = vote.motion.title ?? vote.motion.recommendationTitle ?? vote.motion.procedure ?? '';
    return [
      { source: 'minutes' as const, where, text: vote.motion.title ?? '' },
      { source: 'minutes' as const, where, text: vote.motion.recommendationTitle ?? '' },
      { source: 'minutes' as const, where, text: vote.motion.text ?? '' },
      ...vote.corrections.map((correction) => ({ source: 'minutes' as const, where, text: correction.reason })),
    ].filter((item) => item.text.trim() !== '');
  });
}
