import { cellKey } from '../disclosure/disclosure-cell';
import { effectiveSuppressionThreshold, type DocumentDisclosure } from '../privacy';
import { countFigure, numberFigure, type PublishedFigure } from '../releases/published-figure';
import { voteCountsShareable } from './meeting-blocks';
import type { MinutesReportData } from './meeting-report-data';
import { sharedMinutesCells } from './shared-minutes-cells';

/** Every figure the shared minutes print, as the release register records it. */
export function sharedMinutesFigures(data: MinutesReportData, disclosure: DocumentDisclosure): PublishedFigure[] {
  const threshold = effectiveSuppressionThreshold(data.suppressionThreshold);
  const cells = sharedMinutesCells(data);
  const figures = cells.counts.map((cell) => countFigure(cell, disclosure.states.get(cellKey(cell))!, threshold));
  data.votes.forEach((vote, index) => {
    if (!voteCountsShareable(vote, threshold)) return;
    const at = (column: string) => ({ table: 'votes', row: `vote-${index + 1}`, column, period: cells.period, meetingId: data.meetingId });
    figures.push(
      numberFigure(at('for'), vote.tally.for),
      numberFigure(at('against'), vote.tally.against),
      numberFigure(at('abstain'), vote.tally.abstain),
      numberFigure(at('block'), vote.tally.block),
      numberFigure(at('members_present'), vote.membersPresent),
      numberFigure(at('voting_members'), vote.votingMembers),
    );
  });
  return figures;
}
