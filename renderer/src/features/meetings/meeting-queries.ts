import type { OperationInput } from '../../../../shared/contract';
import { operationQuery, type Area } from '../../api/operation-query';
import { useOperationMutation } from '../../api/use-operation-mutation';

export const meetingQueries = {
  list: (input: OperationInput<'meetings.list'>) => operationQuery('meetings.list', input),
  detail: (id: number) => operationQuery('meetings.get', { id }),
  withMinutes: () => operationQuery('meetings.listWithMinutes', {}),
  rollCall: (meetingId: number) => operationQuery('meetings.rollCall.get', { meetingId }),
  quorumRule: () => operationQuery('meetings.quorumRule.get', {}),
  dashboard: () => operationQuery('meetings.dashboard', {}),
  minutes: (meetingId: number) => operationQuery('minutes.get', { meetingId }),
  bookings: (input: OperationInput<'interpretation.bookings.list'>) => operationQuery('interpretation.bookings.list', input),
};

/**
 * A meeting's agenda, roll call, bookings and minutes show on its own page, on the Dashboard, in the
 * vote recorder, on its working group's page, in the reports and in its notices, so its writes
 * refresh all of them.
 */
export const meetingChanges: readonly Area[] = ['meetings', 'minutes', 'votes', 'interpretation', 'reports', 'workingGroups', 'notices'];

export const useCreateMeeting = () => useOperationMutation('meetings.create', { changes: meetingChanges });
export const useUpdateMeeting = () => useOperationMutation('meetings.update', { changes: meetingChanges });
export const useMarkMeetingHeld = () => useOperationMutation('meetings.markHeld', { changes: meetingChanges });

export const useAddAgendaItem = () => useOperationMutation('meetings.agenda.add', { changes: meetingChanges });
export const useUpdateAgendaItem = () => useOperationMutation('meetings.agenda.update', { changes: meetingChanges });
export const useRemoveAgendaItem = () => useOperationMutation('meetings.agenda.remove', { changes: meetingChanges });
export const useReorderAgenda = () => useOperationMutation('meetings.agenda.reorder', { changes: meetingChanges });

export const useMarkPresence = () => useOperationMutation('meetings.rollCall.mark', { changes: meetingChanges });
export const useMarkAllPresent = () => useOperationMutation('meetings.rollCall.markAllPresent', { changes: meetingChanges });
export const useAddToRollCall = () => useOperationMutation('meetings.rollCall.add', { changes: meetingChanges });
export const useSetInterpretationNeed = () =>
  useOperationMutation('meetings.rollCall.setInterpretation', { changes: meetingChanges });
export const useSetGuests = () => useOperationMutation('meetings.rollCall.setGuests', { changes: meetingChanges });
export const useSetQuorumRule = () => useOperationMutation('meetings.quorumRule.set', { changes: meetingChanges });

export const useCreateBooking = () => useOperationMutation('interpretation.bookings.create', { changes: meetingChanges });
export const useUpdateBooking = () => useOperationMutation('interpretation.bookings.update', { changes: meetingChanges });

export const useStartMinutes = () => useOperationMutation('minutes.start', { changes: meetingChanges });
export const useEditMinutesSection = () => useOperationMutation('minutes.section.update', { changes: meetingChanges });
export const useAddTestimony = () => useOperationMutation('minutes.testimony.add', { changes: meetingChanges });
export const useAddActionItem = () => useOperationMutation('minutes.actionItems.add', { changes: meetingChanges });
export const useSetActionItemStatus = () => useOperationMutation('minutes.actionItems.setStatus', { changes: meetingChanges });
export const useCirculateMinutes = () => useOperationMutation('minutes.circulate', { changes: meetingChanges });
export const useApproveMinutes = () => useOperationMutation('minutes.approve', { changes: meetingChanges });
export const useReturnMinutesToDraft = () => useOperationMutation('minutes.returnToDraft', { changes: meetingChanges });
export const useAmendMinutes = () => useOperationMutation('minutes.amend', { changes: meetingChanges });
