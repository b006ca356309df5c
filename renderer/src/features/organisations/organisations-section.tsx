import { OrganisationDetailPage } from './organisation-detail-page';
import { OrganisationFormPage } from './organisation-form-page';
import { OrganisationsListPage } from './organisations-list-page';

/** #/organisations, #/organisations/new, #/organisations/4, #/organisations/4/edit */
export function OrganisationsSection({ parts }: { parts: string[] }) {
  const [first, second] = parts;
  if (first === 'new') return <OrganisationFormPage />;
  const id = Number(first);
  if (Number.isInteger(id) && id > 0) {
    return second === 'edit' ? <OrganisationFormPage id={id} /> : <OrganisationDetailPage id={id} />;
  }
  return <OrganisationsListPage />;
}
