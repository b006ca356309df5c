import type { consentOperations } from '../../shared/contract/consent';
import { notFound } from '../domain-error';
import { consentHistory } from '../ledger/consent/consent-repository';
import { recordConsent } from '../ledger/consent/consent-service';
import { findMember } from '../ledger/members/member-repository';
import type { HandlersFor } from './handler-types';

export const consentHandlers: HandlersFor<typeof consentOperations> = {
  'consent.history': async ({ memberId }, { ledger }) => {
    if (!(await findMember(ledger.db, memberId))) throw notFound('member', memberId);
    return { items: await consentHistory(ledger.db, memberId) };
  },
  'consent.record': ({ memberId, consent }, { ledger }) => recordConsent(ledger, memberId, consent),
};
