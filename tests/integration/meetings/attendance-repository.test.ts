import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { insertMembers } from '../../../electron/ledger/members/member-repository';
import { findMeeting, insertMeeting } from '../../../electron/ledger/meetings/meeting-repository';
import {
  addToRollCall,
  listRollCall,
  markAllUnmarkedPresent,
  presentMemberIds,
  setPresence,
} from '../../../electron/ledger/meetings/attendance-repository';
import { memberDraftSchema, type MemberDraftInput } from '../../../shared/domain/member';
import { meetingDraftSchema, type MeetingDraftInput } from '../../../shared/domain/meeting';

const at = '2026-11-25T09:00:00.000Z';

function member(overrides: Partial<MemberDraftInput>) {
  return memberDraftSchema.parse({
    kind: 'individual',
    displayName: 'Someone',
    alias: null,
    category: 'union',
    organisationName: null,
    languages: [],
    preferredLanguage: null,
    email: null,
    phone: null,
    mayContact: false,
    mayBeNamed: false,
    joinedOn: '2025-01-01',
    leftOn: null,
    notes: null,
    ...overrides,
  });
}

function meetingDraft(overrides: Partial<MeetingDraftInput> = {}) {
  return meetingDraftSchema.parse({
    kind: 'plenary',
    workingGroupId: null,
    title: 'Winter plenary',
    heldOn: '2026-12-05',
    startsAt: '18:00',
    endsAt: '20:30',
    place: 'Surrey',
    onlineLink: null,
    status: 'planned',
    workerFriendly: true,
    notes: null,
    ...overrides,
  });
}

describe('attendance repository', () => {
  let temp: TempLedger;
  beforeEach(async () => {
    temp = await openTempLedger();
  });
  afterEach(async () => temp.close());

  it('expects members active on the plenary date, shows workers by alias, and keeps added people', async () => {
    const db = temp.ledger.db;
    const [worker, unionRep, leaver, later, guest] = await insertMembers(
      db,
      [
        member({
          displayName: 'Real Worker Name',
          alias: 'Rosa',
          category: 'current_migrant_worker',
          languages: ['es'],
          preferredLanguage: 'es',
        }),
        member({ displayName: 'Union Rep', languages: ['pa', 'en'], preferredLanguage: 'pa' }),
        member({ displayName: 'Left Early', leftOn: '2026-06-01' }),
        member({ displayName: 'Joined Later', joinedOn: '2027-01-01' }),
        member({ displayName: 'Forum Guest', category: 'academic_legal', leftOn: '2026-01-01' }),
      ],
      at,
    );
    const meetingId = await insertMeeting(db, meetingDraft(), at);
    const meeting = (await findMeeting(db, meetingId))!;
    await addToRollCall(db, meetingId, guest!, true, at);

    const entries = await listRollCall(db, meeting);
    expect(entries.map((entry) => entry.memberId)).toEqual([worker, unionRep, guest]);
    expect(entries[0]).toMatchObject({ name: 'Rosa', isAlias: true, expected: true, interpretationLanguage: 'es' });
    // Speaks English, the working language: no interpretation by default despite preferring Punjabi.
    expect(entries[1]).toMatchObject({ interpretationLanguage: null });
    expect(entries[2]).toMatchObject({ expected: false, presence: 'unmarked' });
    expect(entries.some((entry) => entry.memberId === leaver || entry.memberId === later)).toBe(false);

    await setPresence(db, meetingId, unionRep!, 'regrets', at);
    expect(await markAllUnmarkedPresent(db, meeting, at)).toBe(2);
    expect(await presentMemberIds(db, meetingId)).toEqual([worker, guest]);
  });

  it('marks a large plenary present across several statements, keeping regrets', async () => {
    const db = temp.ledger.db;
    const ids = await insertMembers(
      db,
      Array.from({ length: 1201 }, (_, index) => member({ displayName: `Member ${index}` })),
      at,
    );
    const meetingId = await insertMeeting(db, meetingDraft(), at);
    const meeting = (await findMeeting(db, meetingId))!;
    await setPresence(db, meetingId, ids[600]!, 'regrets', at);
    expect(await markAllUnmarkedPresent(db, meeting, at)).toBe(1200);
    const present = await presentMemberIds(db, meetingId);
    expect(present).toHaveLength(1200);
    expect(present).not.toContain(ids[600]);
  });
});
