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
  // Every motion's counts (amendments, procedural and floor motions alike), keyed by the vote so a
  // release after a vote was voided or corrected still names the same vote.
  for (const vote of data.votes) {
    if (!voteCountsShareable(vote, threshold)) continue;
    const at = (column: string) => ({ table: 'votes', row: `vote-${vote.voteId}`, column, period: cells.period, meetingId: data.meetingId });
    figures.push(
      numberFigure(at('for'), vote.tally.for),
      numberFigure(at('against'), vote.tally.against),
      numberFigure(at('abstain'), vote.tally.abstain),
      numberFigure(at('block'), vote.tally.block),
      numberFigure(at('members_present'), vote.membersPresent),
      numberFigure(at('voting_members'), vote.votingMembers),
      numberFigure(at('quorum_required'), vote.quorumRequired),
      // Printed with the result ("7 needed of 12 cast") where the rule counts votes.
      ...(vote.votesNeeded === null
        ? []
        : [numberFigure(at('votes_cast'), vote.votesCast), numberFigure(at('votes_needed'), vote.votesNeeded)]),
    );
  }
  return figures;
}
