import { useQuery } from '@tanstack/react-query';
import { formatIsoDate } from '../../i18n/format';
import { sortByName } from '../../i18n/collator';
import { meetingQueries } from '../meetings/meeting-queries';
import { workingGroupQueries } from '../working-groups/working-group-queries';

/** The working groups and plenaries the recommendation forms offer to choose from. */
export function useWorkingGroupChoices() {
  const groups = useQuery(workingGroupQueries.list({ status: null }));
  return sortByName(groups.data?.items ?? [], (group) => group.name).map((group) => ({ value: String(group.id), label: group.name }));
}

export function usePlenaryChoices() {
  const meetings = useQuery(meetingQueries.list({ kind: 'plenary' }));
  return (meetings.data?.items ?? [])
    .filter((meeting) => meeting.status !== 'cancelled')
    .map((meeting) => ({
      value: String(meeting.id),
      label: `${meeting.title} (${formatIsoDate(meeting.heldOn)})`,
      heldOn: meeting.heldOn,
    }));
}
