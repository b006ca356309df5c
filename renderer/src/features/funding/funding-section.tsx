import { AgreementDetailPage } from './agreement-detail-page';
import { AgreementFormPage } from './agreement-form-page';
import { AgreementsListPage } from './agreements-list-page';

/** #/funding, #/funding/new, #/funding/4, #/funding/4/edit */
export function FundingSection({ parts }: { parts: string[] }) {
  const [first, second] = parts;
  if (first === 'new') return <AgreementFormPage />;
  const id = Number(first);
  if (Number.isInteger(id) && id > 0) {
    return second === 'edit' ? <AgreementFormPage id={id} /> : <AgreementDetailPage id={id} />;
  }
  return <AgreementsListPage />;
}
