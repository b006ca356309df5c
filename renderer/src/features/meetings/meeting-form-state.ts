import type { Meeting, MeetingDraftInput, MeetingKind, MeetingStatus } from '../../../../shared/domain/meeting';
import { suggestWorkerFriendly } from '../../../../shared/domain/worker-friendly';
import { defaultMeetingTimeZone, type MeetingTimeZone } from '../../../../shared/domain/time-zones';

export type MeetingFormState = {
  kind: MeetingKind;
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
  /** Until the coordinator touches the box, the flag follows the suggestion. */
  workerFriendlyTouched: boolean;
  notes: string;
};

export function emptyMeetingForm(): MeetingFormState {
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
    workerFriendlyTouched: false,
    notes: '',
  };
}

export function formFromMeeting(meeting: Meeting): MeetingFormState {
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
    workerFriendlyTouched: true,
    notes: meeting.notes ?? '',
  };
}

/** Applies one field change, keeping the worker-friendly flag on the suggestion until overridden. */
export function withField<Key extends keyof MeetingFormState>(
  form: MeetingFormState,
  key: Key,
  value: MeetingFormState[Key],
): MeetingFormState {
  const next = { ...form, [key]: value };
  if (key === 'workerFriendly') return { ...next, workerFriendlyTouched: true };
  if ((key === 'heldOn' || key === 'startsAt') && !next.workerFriendlyTouched && next.heldOn) {
    return { ...next, workerFriendly: suggestWorkerFriendly(next.heldOn, next.startsAt) };
  }
  return next;
}

export function draftFromMeetingForm(form: MeetingFormState): MeetingDraftInput {
  const orNull = (value: string) => (value.trim() === '' ? null : value);
  const groupId = Number(form.workingGroupId);
  return {
    kind: form.kind,
    workingGroupId: form.kind === 'working_group' && form.workingGroupId.trim() !== '' ? groupId : null,
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
