import type { OperationInput } from '../../../../shared/contract';
import { operationQuery, type Area } from '../../api/operation-query';
import { useOperationMutation } from '../../api/use-operation-mutation';

export const recommendationQueries = {
  list: (input: OperationInput<'recommendations.list'>) => operationQuery('recommendations.list', input),
  detail: (id: number) => operationQuery('recommendations.get', { id }),
  voteSetup: (meetingId: number) => operationQuery('votes.setup', { meetingId }),
  votesAt: (meetingId: number) => operationQuery('votes.listForMeeting', { meetingId }),
};

/** Statuses and votes show on the recommendation, its group's page, the meeting's votes and minutes, and reports. */
export const recommendationChanges: readonly Area[] = ['recommendations', 'votes', 'workingGroups', 'meetings', 'minutes', 'reports'];

export const useCreateRecommendation = () => useOperationMutation('recommendations.create', { changes: recommendationChanges });
export const useUpdateRecommendation = () => useOperationMutation('recommendations.update', { changes: recommendationChanges });
export const useChangeRecommendationStatus = () =>
  useOperationMutation('recommendations.changeStatus', { changes: recommendationChanges });
export const useAddFollowUp = () => useOperationMutation('recommendations.addFollowUp', { changes: recommendationChanges });
export const useUpdateFollowUp = () => useOperationMutation('recommendations.updateFollowUp', { changes: recommendationChanges });
export const useSetImplementation = () => useOperationMutation('recommendations.setImplementation', { changes: recommendationChanges });
export const useRecordVote = () => useOperationMutation('votes.record', { changes: recommendationChanges });
export const useCorrectVote = () => useOperationMutation('votes.correct', { changes: recommendationChanges });
export const useVoidVote = () => useOperationMutation('votes.void', { changes: recommendationChanges });
