import type { voteOperations } from '../../shared/contract/votes';
import { readVoteSetup } from '../ledger/votes/vote-setup';
import { listVotes } from '../ledger/votes/vote-reads';
import { recordVote } from '../ledger/votes/vote-service';
import { correctVote, voidVote } from '../ledger/votes/vote-correction-service';
import type { HandlersFor } from './handler-types';

export const voteHandlers: HandlersFor<typeof voteOperations> = {
  'votes.setup': ({ meetingId }, { ledger }) => readVoteSetup(ledger.db, meetingId),
  'votes.listForMeeting': ({ meetingId }, { ledger }) => listVotes(ledger.db, { meetingId }),
  'votes.record': ({ vote }, { ledger }) => recordVote(ledger, vote),
  'votes.correct': ({ voteId, correction }, { ledger }) => correctVote(ledger, voteId, correction),
  'votes.void': ({ voteId, reason }, { ledger }) => voidVote(ledger, voteId, reason),
};
