import { isPresent, type RollCallEntry } from '../../../shared/domain/attendance';
import type { Meeting } from '../../../shared/domain/meeting';
import { defaultQuorumRule, quorumRuleSchema, quorumStatus, type QuorumStatus } from '../../../shared/domain/quorum';
import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import type { Executor } from '../database';
import { listRollCall } from '../meetings/attendance-repository';
import { readSetting } from '../settings/settings-repository';

export interface AttendanceAtVote {
  present: RollCallEntry[];
  presentByCategory: Map<StakeholderCategory, number>;
  quorum: QuorumStatus;
}

/**
 * The meeting's attendance as it stands now, when the vote is taken, counted the way the meetings area
 * counts it: voting members are those expected (every active member at a plenary), or else those on the roll call.
 */
export async function attendanceAtVote(db: Executor, meeting: Meeting): Promise<AttendanceAtVote> {
  const entries = await listRollCall(db, meeting);
  const present = entries.filter((entry) => isPresent(entry.presence));
  const expected = entries.filter((entry) => entry.expected).length;
  const votingMembers = expected > 0 ? expected : entries.length;
  const rule = await readSetting(db, 'meetings.quorumRule', quorumRuleSchema, defaultQuorumRule);
  const presentByCategory = new Map<StakeholderCategory, number>();
  for (const entry of present) presentByCategory.set(entry.category, (presentByCategory.get(entry.category) ?? 0) + 1);
  return { present, presentByCategory, quorum: quorumStatus(rule, votingMembers, present.length) };
}
