import type { Dispatch } from '../../electron/handlers/dispatch';
import type { MeetingDraftInput } from '../../shared/domain/meeting';
import type { MeetingDetail } from '../../shared/domain/meeting-detail';
import type { MemberDraftInput } from '../../shared/domain/member';
import { isMigrantWorkerCategory, stakeholderCategories, type StakeholderCategory } from '../../shared/domain/stakeholder-categories';
import { addMember, meetingInput, ok } from '../integration/meetings/meeting-fixtures';

/**
 * A network built through the contract, as the coordinator would: members, then held forum meetings
 * with the roll call marked one member at a time and minutes started.
 */
export interface ContractMember {
  readonly id: number;
  readonly category: StakeholderCategory;
}

export async function addCategoryMembers(
  dispatch: Dispatch,
  counts: Partial<Record<StakeholderCategory, number>>,
  joinedOn = '2025-01-15',
  province: MemberDraftInput['province'] = 'BC',
): Promise<ContractMember[]> {
  const members: ContractMember[] = [];
  for (const [c, category] of stakeholderCategories.entries()) {
    for (let index = 0; index < (counts[category] ?? 0); index += 1) {
      // One short made-up word: a name part that no text of a report would contain by chance.
      // Workers are named by alias in every document, so they need one (also a made-up word).
      const suffix = province === 'BC' ? '' : province;
      const alias = isMigrantWorkerCategory(category) ? `Zqa${c}x${index}${suffix}` : null;
      const id = await addMember(dispatch, { displayName: `Zq${c}x${index}${suffix}`, category, joinedOn, alias, province });
      members.push({ id, category });
    }
  }
  return members;
}

/** A held forum on the day with these members marked present, and its minutes started (in British Columbia unless said). */
export async function holdMeeting(
  dispatch: Dispatch,
  heldOn: string,
  present: readonly number[],
  title = `Forum ${heldOn}`,
  where: Pick<MeetingDraftInput, 'province' | 'timeZone'> = {},
): Promise<number> {
  const { meeting } = await ok<MeetingDetail>(dispatch, 'meetings.create', {
    meeting: meetingInput({ kind: 'workers_forum', title, heldOn, ...where }),
  });
  for (const memberId of present) await markPresent(dispatch, meeting.id, memberId);
  await ok(dispatch, 'meetings.update', { id: meeting.id, meeting: meetingInput({ kind: 'workers_forum', title, heldOn, status: 'held', ...where }) });
  await ok(dispatch, 'minutes.start', { meetingId: meeting.id });
  return meeting.id;
}

export const ofCategory = (members: readonly ContractMember[], category: StakeholderCategory) =>
  members.filter((member) => member.category === category).map((member) => member.id);

/** Nobody is expected at a forum: each person is added to the roll call, then marked. */
export async function markPresent(dispatch: Dispatch, meetingId: number, memberId: number): Promise<void> {
  await ok(dispatch, 'meetings.rollCall.add', { meetingId, memberId });
  await ok(dispatch, 'meetings.rollCall.mark', { meetingId, memberId, presence: 'in_person' });
}
