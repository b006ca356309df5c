import { useOperation } from '../../api/use-operation';
import { ErrorBanner } from '../../ui/error-banner';
import { MinutesAwaitingApproval } from './minutes-awaiting-approval';
import { NextMeetingCard } from './next-meeting-card';
import { OpenActionItems } from './open-action-items';

/** The meetings part of the Dashboard: next meeting readiness, open action items, minutes awaiting approval. */
export function MeetingsDashboard() {
  const dashboard = useOperation('meetings.dashboard', {});
  return (
    <div className="dashboard-grid">
      <ErrorBanner error={dashboard.error} onRetry={dashboard.reload} />
      {dashboard.data && (
        <>
          <NextMeetingCard next={dashboard.data.nextMeeting} />
          <OpenActionItems items={dashboard.data.openActionItems} />
          <MinutesAwaitingApproval items={dashboard.data.minutesAwaitingApproval} />
        </>
      )}
    </div>
  );
}
