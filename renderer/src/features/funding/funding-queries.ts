import type { OperationInput } from '../../../../shared/contract';
import { operationQuery, type Area } from '../../api/operation-query';
import { useOperationMutation } from '../../api/use-operation-mutation';

export const fundingQueries = {
  list: (input: OperationInput<'funding.agreements.list'>) => operationQuery('funding.agreements.list', input),
  detail: (id: number) => operationQuery('funding.agreements.get', { id }),
  due: () => operationQuery('funding.due', {}),
  organisation: (organisationId: number) => operationQuery('funding.organisation', { organisationId }),
  scheduleRedaction: (agreementId: number | null) => operationQuery('funding.paymentSchedule.redactionCheck', { agreementId }),
};

/** Agreements show on organisation pages and the organisations list too. */
const fundingChanges: readonly Area[] = ['funding', 'organisations'];

export const useCreateAgreement = () => useOperationMutation('funding.agreements.create', { changes: fundingChanges });
export const useUpdateAgreement = () => useOperationMutation('funding.agreements.update', { changes: fundingChanges });
export const useSetAgreementStatus = () => useOperationMutation('funding.agreements.setStatus', { changes: fundingChanges });
export const useAddAmendment = () => useOperationMutation('funding.amendments.add', { changes: fundingChanges });
export const useRemoveAmendment = () => useOperationMutation('funding.amendments.remove', { changes: fundingChanges });
export const useAddInstalment = () => useOperationMutation('funding.instalments.add', { changes: fundingChanges });
export const useUpdateInstalment = () => useOperationMutation('funding.instalments.update', { changes: fundingChanges });
export const useRemoveInstalment = () => useOperationMutation('funding.instalments.remove', { changes: fundingChanges });
export const useAddClaim = () => useOperationMutation('funding.claims.add', { changes: fundingChanges });
export const useUpdateClaim = () => useOperationMutation('funding.claims.update', { changes: fundingChanges });
export const useRemoveClaim = () => useOperationMutation('funding.claims.remove', { changes: fundingChanges });
export const useAddPayment = () => useOperationMutation('funding.payments.add', { changes: fundingChanges });
export const useUpdatePayment = () => useOperationMutation('funding.payments.update', { changes: fundingChanges });
export const useRemovePayment = () => useOperationMutation('funding.payments.remove', { changes: fundingChanges });
export const useAddDeliverable = () => useOperationMutation('funding.deliverables.add', { changes: fundingChanges });
export const useUpdateDeliverable = () => useOperationMutation('funding.deliverables.update', { changes: fundingChanges });
export const useRemoveDeliverable = () => useOperationMutation('funding.deliverables.remove', { changes: fundingChanges });
