import { useOperation } from '../../api/use-operation';

/** The working groups and plenaries the recommendation forms offer to choose from. */
export function useWorkingGroupChoices() {
  const groups = useOperation('workingGroups.list', { status: null });
  return (groups.data?.items ?? []).map((group) => ({ value: String(group.id), label: group.name }));
}

export function usePlenaryChoices() {
  const meetings = useOperation('meetings.list', { kind: 'plenary' });
  return (meetings.data?.items ?? [])
    .filter((meeting) => meeting.status !== 'cancelled')
    .map((meeting) => ({
      value: String(meeting.id),
      label: `${meeting.title} (${meeting.heldOn})`,
      heldOn: meeting.heldOn,
    }));
}
