import { MeetingVotesPage } from './meeting-votes-page';
import { RecommendationDetailPage } from './recommendation-detail-page';
import { RecommendationFormPage } from './recommendation-form-page';
import { RecommendationsListPage } from './recommendations-list-page';

const positiveId = (text: string | undefined) => {
  const id = Number(text);
  return Number.isInteger(id) && id > 0 ? id : undefined;
};

/** #/recommendations, /new, /12, /12/edit, /meeting/7 and /meeting/7/12 (votes at a plenary, starting on 12). */
export function RecommendationsSection({ parts }: { parts: string[] }) {
  const [first, second, third] = parts;
  if (first === 'new') return <RecommendationFormPage />;
  if (first === 'meeting') {
    const meetingId = positiveId(second);
    if (meetingId) return <MeetingVotesPage meetingId={meetingId} recommendationId={positiveId(third)} />;
  }
  const id = positiveId(first);
  if (id) return second === 'edit' ? <RecommendationFormPage id={id} /> : <RecommendationDetailPage id={id} />;
  return <RecommendationsListPage />;
}
