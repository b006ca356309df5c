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
import { safetyHandlers } from './safety-handlers';
import { backupEncryptionHandlers } from './backup-encryption-handlers';
import { auditHandlers } from './audit-handlers';
import { organisationHandlers } from './organisation-handlers';
import { workingGroupHandlers } from './working-group-handlers';
import { consentHandlers } from './consent-handlers';
import { memberPrivacyHandlers } from './member-privacy-handlers';
import { importHandlers } from './import-handlers';
import { rosterHandlers } from './roster-handlers';
import { noticeHandlers } from './notice-handlers';
import { preferenceHandlers } from './preferences-handlers';
import { fundingHandlers } from './funding-handlers';

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
  ...safetyHandlers,
  ...backupEncryptionHandlers,
  ...auditHandlers,
  ...organisationHandlers,
  ...workingGroupHandlers,
  ...consentHandlers,
  ...memberPrivacyHandlers,
  ...importHandlers,
  ...rosterHandlers,
  ...noticeHandlers,
  ...preferenceHandlers,
  ...fundingHandlers,
};
