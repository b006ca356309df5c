import { useOperation } from '../../api/use-operation';
import { hrefFor } from '../../app/routes';

/** A working-group meeting's group, by name, linking to the group's page. */
export function MeetingGroupLink({ groupId }: { groupId: number }) {
  const { data } = useOperation('workingGroups.get', { id: groupId });
  return <a href={hrefFor('workingGroups', groupId)}>{data?.name ?? `#${groupId}`}</a>;
}
