import type { ConsentEntry } from '../../../shared/domain/consent';
import type { Member } from '../../../shared/domain/member';
import type { Presence } from '../../../shared/domain/attendance';
import type { MeetingKind } from '../../../shared/domain/meeting';
import type { ActionItemStatus } from '../../../shared/domain/minutes';
import type { BallotChoice } from '../../../shared/domain/vote-rules';
import type { MemberGroup } from '../../../shared/domain/working-group';

/** A meeting whose roll call lists the member, with how they attended (or their regrets). */
export interface AttendedMeeting {
  date: string;
  title: string;
  kind: MeetingKind;
  presence: Presence;
}

/** A roll-call ballot the member cast. */
export interface CastBallot {
  date: string;
  meetingTitle: string;
  recommendationTitle: string;
  choice: BallotChoice;
}

/** A motion the member moved or seconded at a meeting. */
export interface SponsoredMotion {
  date: string;
  meetingTitle: string;
  motion: string;
  role: 'moved' | 'seconded';
}

/** Testimony recorded in minutes under the member's name. */
export interface RecordedTestimony {
  date: string;
  meetingTitle: string;
  summary: string;
}

/** An action item the member owns. */
export interface OwnedActionItem {
  meetingTitle: string;
  description: string;
  dueOn: string | null;
  status: ActionItemStatus;
}

/** Everything the ledger holds about one member: the access export's whole input. */
export interface AccessExportData {
  /** YYYY-MM-DD, the day the document is produced. */
  producedOn: string;
  member: Member;
  consentHistory: ConsentEntry[];
  workingGroups: MemberGroup[];
  meetingsAttended: AttendedMeeting[];
  ballots: CastBallot[];
  motions: SponsoredMotion[];
  testimonies: RecordedTestimony[];
  actionItems: OwnedActionItem[];
}
