import { heading, paragraph, typed, type DocumentBlock } from '../document/report-document';
import type { ReportFormat } from '../text/report-format';
import { minutesSections, voteBlocks } from './meeting-blocks';
import type { MeetingDocumentsText } from './meeting-documents-text';
import type { MinutesSectionData, MotionData, VoteData } from './meeting-report-data';
import type { MotionDocumentsText } from './motion-documents-text';

interface MotionOptions {
  shared: boolean;
  threshold: number;
  t: MeetingDocumentsText;
  m: MotionDocumentsText;
  format: ReportFormat;
}

function subject(motion: MotionData, m: MotionDocumentsText, format: ReportFormat): string {
  switch (motion.kind) {
    case 'recommendation':
      return m.recommendation(motion.recommendationTitle ?? '');
    case 'amendment':
      return m.amendment(motion.recommendationTitle ?? '');
    case 'procedural':
      return motion.procedure === 'adopt_agenda' || !motion.minutesOf
        ? m.adoptAgenda
        : m.approveMinutes(motion.minutesOf.meetingTitle, format.date(motion.minutesOf.heldOn));
    case 'floor':
      return m.floor(motion.title ?? '');
  }
}

function textLabel(motion: MotionData, m: MotionDocumentsText): string {
  if (motion.kind === 'amendment') return m.proposedText;
  if (motion.kind === 'floor') return m.motionText;
  return motion.amendedHere ? m.textAsAmended : m.textPutToVote;
}

/**
 * A vote as the minutes record it: what was moved and by whom, the words voted on (an amendment's,
 * a floor motion's, a recommendation's as put to the vote), then the counts and result as voteBlocks
 * prints them, and what the result did. Shared copies name no mover or seconder, as they name no voter.
 */
export function motionBlocks(vote: VoteData, options: MotionOptions): DocumentBlock[] {
  const { m, format } = options;
  const { motion } = vote;
  const sponsors = !vote.movedAndSeconded
    ? []
    : [paragraph(!options.shared && vote.mover && vote.seconder ? m.movedSeconded(vote.mover, vote.seconder) : m.movedAndSeconded)];
  const words =
    motion.text && motion.kind !== 'procedural'
      ? [paragraph(textLabel(motion, m), 'note'), typed(motion.text)]
      : [];
  const effectKey = motion.kind === 'procedural' ? (motion.procedure ?? 'adopt_agenda') : motion.kind;
  const effect = vote.result === 'no_quorum' ? '' : (m.effects[effectKey]?.[vote.result as 'carried' | 'defeated'] ?? '');
  // voteBlocks opens with its own "Vote on" heading; the motion's subject replaces it here.
  const [, ...counts] = voteBlocks(vote, options);
  return [
    paragraph(subject(motion, m, format), 'strong'),
    ...sponsors,
    ...words,
    ...counts,
    ...(effect ? [paragraph(effect)] : []),
    ...vote.corrections.map((correction) => paragraph(m.corrected(format.date(correction.on), correction.reason), 'note')),
  ];
}

/**
 * The minutes' sections in agenda order, each followed by the votes taken under its item; votes tied
 * to no item of these minutes close the part under their own heading.
 */
export function sectionsWithMotions(
  sections: readonly MinutesSectionData[],
  votes: readonly VoteData[],
  options: MotionOptions,
): DocumentBlock[] {
  const items = new Set(sections.map((section) => section.agendaItemId).filter((id) => id !== null));
  const loose = votes.filter((vote) => vote.agendaItemId === null || !items.has(vote.agendaItemId));
  return [
    ...sections.flatMap((section) => [
      ...minutesSections([section], options, 2),
      ...votes
        .filter((vote) => section.agendaItemId !== null && vote.agendaItemId === section.agendaItemId)
        .flatMap((vote) => motionBlocks(vote, options)),
    ]),
    ...(loose.length > 0 ? [heading(options.m.otherMotions, 2), ...loose.flatMap((vote) => motionBlocks(vote, options))] : []),
  ];
}
