import type { Presence, RollCall } from '../../../shared/domain/attendance';
import type { LanguageCode } from '../../../shared/domain/languages';
import type { QuorumRule } from '../../../shared/domain/quorum';
import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import { DomainError, notFound } from '../../domain-error';
import type { Executor } from '../database';
import type { Ledger } from '../ledger';
import { findMember } from '../members/member-repository';
import {
  addToRollCall,
  listRollCall,
  markAllUnmarkedPresent,
  setGuestCount,
  setInterpretationNeed,
  setPresence,
} from './attendance-repository';
import { readRollCall, requireMeeting } from './meeting-reads';
import { readQuorumRule, writeQuorumRule } from './quorum-rule-setting';

async function requireOnRollCall(db: Executor, meetingId: number, memberId: number): Promise<void> {
  const meeting = await requireMeeting(db, meetingId);
  const onList = (await listRollCall(db, meeting)).some((entry) => entry.memberId === memberId);
  if (!onList) {
    throw new DomainError(
      'conflict',
      `Member ${memberId} is not on this meeting's roll call; add them to the roll call first.`,
      [{ path: 'memberId', message: 'is not on the roll call' }],
      { reason: 'rollCall.notOnRollCall' },
    );
  }
}

export async function markAttendance(
  ledger: Ledger,
  meetingId: number,
  memberId: number,
  presence: Presence,
): Promise<RollCall> {
  return ledger.write('meetings.rollCall.mark', async (trx, audit) => {
    await requireOnRollCall(trx, meetingId, memberId);
    await setPresence(trx, meetingId, memberId, presence, ledger.now().toISOString());
    audit.record({
      entityType: 'attendance',
      entityId: meetingId,
      changes: { [`member.${memberId}`]: { from: null, to: presence } },
    });
    return readRollCall(trx, await requireMeeting(trx, meetingId));
  });
}

export async function markAllPresent(ledger: Ledger, meetingId: number): Promise<RollCall> {
  return ledger.write('meetings.rollCall.markAllPresent', async (trx, audit) => {
    const meeting = await requireMeeting(trx, meetingId);
    const marked = await markAllUnmarkedPresent(trx, meeting, ledger.now().toISOString());
    audit.record({
      entityType: 'attendance',
      entityId: meetingId,
      changes: { markedPresent: { from: 0, to: marked } },
    });
    return readRollCall(trx, meeting);
  });
}

export async function addAttendee(ledger: Ledger, meetingId: number, memberId: number): Promise<RollCall> {
  return ledger.write('meetings.rollCall.add', async (trx, audit) => {
    const meeting = await requireMeeting(trx, meetingId);
    const member = await findMember(trx, memberId);
    if (!member) throw notFound('member', memberId);
    if (member.withdrawnAt !== null) {
      throw new DomainError('illegal_transition', `Member ${memberId} has withdrawn from the Network and cannot be added to a roll call`, [
        { path: 'memberId', message: 'has withdrawn from the Network', reason: 'rollCall.withdrawnMember' },
      ], { reason: 'rollCall.withdrawnMember' });
    }
    const alreadyListed = (await listRollCall(trx, meeting)).find((entry) => entry.memberId === memberId);
    await addToRollCall(trx, meetingId, memberId, !alreadyListed?.expected, ledger.now().toISOString());
    audit.record({
      entityType: 'attendance',
      entityId: meetingId,
      changes: { [`member.${memberId}`]: { from: null, to: 'added' } },
    });
    return readRollCall(trx, meeting);
  });
}

export async function setAttendeeInterpretation(
  ledger: Ledger,
  meetingId: number,
  memberId: number,
  language: LanguageCode | null,
): Promise<RollCall> {
  return ledger.write('meetings.rollCall.setInterpretation', async (trx, audit) => {
    await requireOnRollCall(trx, meetingId, memberId);
    await setInterpretationNeed(trx, meetingId, memberId, language, ledger.now().toISOString());
    audit.record({
      entityType: 'attendance',
      entityId: meetingId,
      changes: { [`member.${memberId}.interpretation`]: { from: null, to: language } },
    });
    return readRollCall(trx, await requireMeeting(trx, meetingId));
  });
}

export async function setGuests(
  ledger: Ledger,
  meetingId: number,
  category: StakeholderCategory,
  count: number,
): Promise<RollCall> {
  return ledger.write('meetings.rollCall.setGuests', async (trx, audit) => {
    const meeting = await requireMeeting(trx, meetingId);
    await setGuestCount(trx, meetingId, category, count);
    audit.record({
      entityType: 'attendance',
      entityId: meetingId,
      changes: { [`guests.${category}`]: { from: null, to: count } },
    });
    return readRollCall(trx, meeting);
  });
}

export async function changeQuorumRule(ledger: Ledger, rule: QuorumRule): Promise<QuorumRule> {
  return ledger.write('meetings.quorumRule.set', async (trx, audit) => {
    const before = await readQuorumRule(trx);
    await writeQuorumRule(trx, rule, ledger.now().toISOString());
    audit.record({ entityType: 'setting', entityId: null, changes: { quorumRule: { from: before, to: rule } } });
    return readQuorumRule(trx);
  });
}
