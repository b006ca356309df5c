import { useQuery } from '@tanstack/react-query';
import { ErrorBanner } from '../../ui/error-banner';
import { FundingDueCard } from '../funding/funding-due-card';
import { meetingQueries } from '../meetings/meeting-queries';
import { MinutesAwaitingApproval } from './minutes-awaiting-approval';
import { NextMeetingCard } from './next-meeting-card';
import { OpenActionItems } from './open-action-items';
import { PastMeetingsStillPlanned } from './past-meetings-still-planned';

/** The Dashboard's cards: next meeting readiness, open action items, minutes awaiting approval, funding reports due. */
export function MeetingsDashboard() {
  const dashboard = useQuery(meetingQueries.dashboard());
  return (
    <div className="dashboard-grid">
      <ErrorBanner error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      {dashboard.data && (
        <>
          <NextMeetingCard next={dashboard.data.nextMeeting} />
          {dashboard.data.pastStillPlanned.length > 0 && <PastMeetingsStillPlanned items={dashboard.data.pastStillPlanned} />}
          <OpenActionItems items={dashboard.data.openActionItems} />
          <MinutesAwaitingApproval items={dashboard.data.minutesAwaitingApproval} />
        </>
      )}
      <FundingDueCard />
    </div>
  );
}
