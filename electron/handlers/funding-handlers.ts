import type { fundingOperations } from '../../shared/contract/funding';
import { todayIsoDate } from '../../shared/domain/dates';
import { readAgreementDetail } from '../ledger/funding/agreement-detail';
import { listAgreements } from '../ledger/funding/agreement-list';
import { changeAgreementStatus, createAgreement, updateAgreement } from '../ledger/funding/agreement-service';
import { listDueDeliverables } from '../ledger/funding/due-deliverables';
import { addEntry, amendments, claims, deliverables, instalments, payments, removeEntry, updateEntry } from '../ledger/funding/entry-service';
import { readOrganisationFunding } from '../ledger/funding/organisation-funding';
import { exportPaymentSchedule, paymentScheduleRedactionHits } from '../reports/funding/payment-schedule-service';
import type { HandlersFor } from './handler-types';

export const fundingHandlers: HandlersFor<typeof fundingOperations> = {
  'funding.agreements.list': async (filter, { ledger }) => ({ items: await listAgreements(ledger.db, filter) }),
  'funding.agreements.get': ({ id }, { ledger }) => readAgreementDetail(ledger.db, id),
  'funding.agreements.create': ({ agreement, status }, { ledger }) => createAgreement(ledger, agreement, status),
  'funding.agreements.update': ({ id, agreement }, { ledger }) => updateAgreement(ledger, id, agreement),
  'funding.agreements.setStatus': ({ id, status }, { ledger }) => changeAgreementStatus(ledger, id, status),
  'funding.amendments.add': ({ agreementId, amendment }, { ledger }) => addEntry(ledger, amendments, agreementId, amendment),
  'funding.amendments.remove': ({ id }, { ledger }) => removeEntry(ledger, amendments, id),
  'funding.instalments.add': ({ agreementId, instalment }, { ledger }) => addEntry(ledger, instalments, agreementId, instalment),
  'funding.instalments.update': ({ id, instalment }, { ledger }) => updateEntry(ledger, instalments, id, instalment),
  'funding.instalments.remove': ({ id }, { ledger }) => removeEntry(ledger, instalments, id),
  'funding.claims.add': ({ agreementId, claim }, { ledger }) => addEntry(ledger, claims, agreementId, claim),
  'funding.claims.update': ({ id, claim }, { ledger }) => updateEntry(ledger, claims, id, claim),
  'funding.claims.remove': ({ id }, { ledger }) => removeEntry(ledger, claims, id),
  'funding.payments.add': ({ agreementId, payment }, { ledger }) => addEntry(ledger, payments, agreementId, payment),
  'funding.payments.update': ({ id, payment }, { ledger }) => updateEntry(ledger, payments, id, payment),
  'funding.payments.remove': ({ id }, { ledger }) => removeEntry(ledger, payments, id),
  'funding.deliverables.add': ({ agreementId, deliverable }, { ledger }) => addEntry(ledger, deliverables, agreementId, deliverable),
  'funding.deliverables.update': ({ id, deliverable }, { ledger }) => updateEntry(ledger, deliverables, id, deliverable),
  'funding.deliverables.remove': ({ id }, { ledger }) => removeEntry(ledger, deliverables, id),
  'funding.due': async (_input, { ledger }) => {
    const today = todayIsoDate(ledger.now());
    return { today, ...(await listDueDeliverables(ledger.db, today)) };
  },
  'funding.paymentSchedule.redactionCheck': async ({ agreementId }, { ledger }) => ({ hits: await paymentScheduleRedactionHits(ledger.db, agreementId) }),
  'funding.paymentSchedule.export': (request, { ledger }) => exportPaymentSchedule(ledger, request),
  'funding.organisation': ({ organisationId }, { ledger }) => readOrganisationFunding(ledger.db, organisationId),
};
