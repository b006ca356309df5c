import type { TFunction } from 'i18next';
import type { Vote } from '../../../../shared/domain/vote';

/** What a vote was on, in the coordinator's words: the same for every list of votes. */
export function motionSubject(t: TFunction<'motions'>, vote: Vote): string {
  const { motion } = vote;
  switch (motion.kind) {
    case 'recommendation':
      return t('subject.recommendation', { title: motion.recommendationTitle ?? '' });
    case 'amendment':
      return t('subject.amendment', { title: motion.recommendationTitle ?? '' });
    case 'floor':
      return t('subject.floor', { title: motion.title ?? '' });
    case 'procedural':
      return motion.procedure === 'approve_minutes' && motion.minutesOf
        ? t('subject.approve_minutes', { meeting: motion.minutesOf.meetingTitle, heldOn: motion.minutesOf.heldOn })
        : t('subject.adopt_agenda');
  }
}
