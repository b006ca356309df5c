import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/routes';
import { workingGroupQueries } from '../working-groups/working-group-queries';

/** A working-group meeting's group, by name, linking to the group's page. */
export function MeetingGroupLink({ groupId }: { groupId: number }) {
  const { t } = useTranslation();
  const group = useQuery(workingGroupQueries.detail(groupId));
  return <a href={hrefFor('workingGroups', groupId)}>{group.data?.name ?? t('actions.loading')}</a>;
}
