import { isPresent, type RollCallEntry } from '../../../shared/domain/attendance';
import type { Meeting } from '../../../shared/domain/meeting';
import type { QuorumStatus } from '../../../shared/domain/quorum';
import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import type { Executor } from '../database';
import { readRollCall } from '../meetings/meeting-reads';

export interface AttendanceAtVote {
  present: RollCallEntry[];
  /** Members only: guests are counted at the meeting but do not vote. */
  presentByCategory: Map<StakeholderCategory, number>;
  quorum: QuorumStatus;
}

/** The meeting's attendance and quorum as they stand now, when the vote is taken, as the meetings area counts them. */
export async function attendanceAtVote(db: Executor, meeting: Meeting): Promise<AttendanceAtVote> {
  const rollCall = await readRollCall(db, meeting);
  const present = rollCall.entries.filter((entry) => isPresent(entry.presence));
  const presentByCategory = new Map<StakeholderCategory, number>();
  for (const entry of present) presentByCategory.set(entry.category, (presentByCategory.get(entry.category) ?? 0) + 1);
  return { present, presentByCategory, quorum: rollCall.quorum };
}
