import { WorkingGroupDetailPage } from './working-group-detail-page';
import { WorkingGroupFormPage } from './working-group-form-page';
import { WorkingGroupsListPage } from './working-groups-list-page';

/** #/workingGroups, #/workingGroups/new, #/workingGroups/3, #/workingGroups/3/edit */
export function WorkingGroupsSection({ parts }: { parts: string[] }) {
  const [first, second] = parts;
  if (first === 'new') return <WorkingGroupFormPage />;
  const id = Number(first);
  if (Number.isInteger(id) && id > 0) {
    return second === 'edit' ? <WorkingGroupFormPage id={id} /> : <WorkingGroupDetailPage id={id} />;
  }
  return <WorkingGroupsListPage />;
}
