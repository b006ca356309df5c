import { MemberDetailPage } from './member-detail-page';
import { MemberFormPage } from './member-form-page';
import { MembersListPage } from './members-list-page';
import { ImportPage } from '../imports/import-page';

/** #/members, #/members/group/3 (current members of a working group), #/members/new, #/members/import, #/members/12, #/members/12/edit */
export function MembersSection({ parts }: { parts: string[] }) {
  const [first, second] = parts;
  if (first === 'new') return <MemberFormPage />;
  if (first === 'import') return <ImportPage />;
  if (first === 'group' && Number(second) > 0) return <MembersListPage key={second} initialWorkingGroupId={Number(second)} />;
  const id = Number(first);
  if (Number.isInteger(id) && id > 0) {
    return second === 'edit' ? <MemberFormPage id={id} /> : <MemberDetailPage id={id} />;
  }
  return <MembersListPage />;
}
