import type { Meeting, MeetingDraft } from '../../../shared/domain/meeting';
import { quarterOf } from '../../../shared/domain/quarters';
import { defaultMeetingTimeZone, meetingTimeZoneSchema } from '../../../shared/domain/time-zones';
import type { MeetingRow, NewMeetingRow } from './meetings-table';

export function meetingFromRow(row: MeetingRow): Meeting {
  return {
    id: row.id,
    kind: row.kind,
    workingGroupId: row.working_group_id,
    title: row.title,
    heldOn: row.held_on,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    // A zone the app no longer offers reads as the Network's own rather than failing the whole meeting.
    timeZone: meetingTimeZoneSchema.catch(defaultMeetingTimeZone).parse(row.time_zone),
    place: row.place,
    onlineLink: row.online_link,
    status: row.status,
    workerFriendly: row.worker_friendly === 1,
    packetGeneratedAt: row.packet_generated_at,
    notes: row.notes,
    quarter: quarterOf(row.held_on),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function rowFromMeetingDraft(draft: MeetingDraft): Omit<NewMeetingRow, 'created_at' | 'updated_at'> {
  return {
    kind: draft.kind,
    working_group_id: draft.workingGroupId,
    title: draft.title,
    held_on: draft.heldOn,
    starts_at: draft.startsAt,
    ends_at: draft.endsAt,
    time_zone: draft.timeZone,
    place: draft.place,
    online_link: draft.onlineLink,
    status: draft.status,
    worker_friendly: draft.workerFriendly ? 1 : 0,
    notes: draft.notes,
  };
}
