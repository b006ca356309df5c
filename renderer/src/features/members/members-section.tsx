import { MemberDetailPage } from './member-detail-page';
import { MemberFormPage } from './member-form-page';
import { MembersListPage } from './members-list-page';

/** #/members, #/members/new, #/members/12, #/members/12/edit */
export function MembersSection({ parts }: { parts: string[] }) {
  const [first, second] = parts;
  if (first === 'new') return <MemberFormPage />;
  const id = Number(first);
  if (Number.isInteger(id) && id > 0) {
    return second === 'edit' ? <MemberFormPage id={id} /> : <MemberDetailPage id={id} />;
  }
  return <MembersListPage />;
}
