import type { Meeting, MeetingDraftInput, MeetingKind, MeetingStatus } from '../../../../shared/domain/meeting';
import { defaultMeetingTimeZone, type MeetingTimeZone } from '../../../../shared/domain/time-zones';

/** What the form holds: strings for what inputs hold; meetingDraftFromForm maps it for the schema. */
export type MeetingFormValues = {
  kind: MeetingKind;
  /** "" until a group is chosen. */
  workingGroupId: string;
  title: string;
  heldOn: string;
  startsAt: string;
  endsAt: string;
  timeZone: MeetingTimeZone;
  place: string;
  onlineLink: string;
  status: MeetingStatus;
  workerFriendly: boolean;
  notes: string;
};

export function emptyMeetingForm(): MeetingFormValues {
  return {
    kind: 'plenary',
    workingGroupId: '',
    title: '',
    heldOn: '',
    startsAt: '18:00',
    endsAt: '20:30',
    timeZone: defaultMeetingTimeZone,
    place: '',
    onlineLink: '',
    status: 'planned',
    workerFriendly: true,
    notes: '',
  };
}

export function meetingFormFrom(meeting: Meeting): MeetingFormValues {
  return {
    kind: meeting.kind,
    workingGroupId: meeting.workingGroupId === null ? '' : String(meeting.workingGroupId),
    title: meeting.title,
    heldOn: meeting.heldOn,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    timeZone: meeting.timeZone,
    place: meeting.place ?? '',
    onlineLink: meeting.onlineLink ?? '',
    status: meeting.status,
    workerFriendly: meeting.workerFriendly,
    notes: meeting.notes ?? '',
  };
}

/** Only a working-group meeting keeps its group; empty optional inputs mean "none". */
export function meetingDraftFromForm(form: MeetingFormValues): MeetingDraftInput {
  const orNull = (value: string) => (value.trim() === '' ? null : value);
  return {
    kind: form.kind,
    workingGroupId: form.kind === 'working_group' && form.workingGroupId !== '' ? Number(form.workingGroupId) : null,
    title: form.title,
    heldOn: form.heldOn,
    startsAt: form.startsAt,
    endsAt: form.endsAt,
    timeZone: form.timeZone,
    place: orNull(form.place),
    onlineLink: orNull(form.onlineLink),
    status: form.status,
    workerFriendly: form.workerFriendly,
    notes: orNull(form.notes),
  };
}
