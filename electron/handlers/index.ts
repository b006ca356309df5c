import type { Contract } from '../../shared/contract';
import type { HandlersFor } from './handler-types';
import { ledgerHandlers } from './ledger-handlers';
import { memberHandlers } from './member-handlers';
import { meetingHandlers } from './meeting-handlers';
import { interpretationHandlers } from './interpretation-handlers';
import { minutesHandlers } from './minutes-handlers';
import { recommendationHandlers } from './recommendation-handlers';
import { voteHandlers } from './vote-handlers';
import { reportHandlers } from './report-handlers';

/** Every operation of the contract has exactly one handler; the type fails if one is missing. */
export const handlers: HandlersFor<Contract> = {
  ...ledgerHandlers,
  ...memberHandlers,
  ...meetingHandlers,
  ...interpretationHandlers,
  ...minutesHandlers,
  ...recommendationHandlers,
  ...voteHandlers,
  ...reportHandlers,
};
