import { MeetingFormPage } from './meeting-form-page';
import { MeetingPage, meetingTabs, type MeetingTab } from './meeting-page';
import { MeetingsListPage } from './meetings-list-page';
import { NoticeTextsPage } from '../notices/notice-texts-page';

/** #/meetings, #/meetings/new, #/meetings/notice-texts[/12], #/meetings/12[/agenda|attendance|interpretation|votes|minutes], #/meetings/12/edit */
export function MeetingsSection({ parts }: { parts: string[] }) {
  const [first, second] = parts;
  if (first === 'new') return <MeetingFormPage />;
  if (first === 'notice-texts') return <NoticeTextsPage fromMeetingId={second ? Number(second) || undefined : undefined} />;
  const id = Number(first);
  if (Number.isInteger(id) && id > 0) {
    if (second === 'edit') return <MeetingFormPage id={id} />;
    const tab = meetingTabs.find((name) => name === second) ?? 'agenda';
    return <MeetingPage key={id} id={id} tab={tab as MeetingTab} />;
  }
  return <MeetingsListPage />;
}
