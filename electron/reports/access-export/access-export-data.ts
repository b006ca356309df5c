import type { ConsentEntry } from '../../../shared/domain/consent';
import type { Member } from '../../../shared/domain/member';
import type { MemberGroup } from '../../../shared/domain/working-group';

/** A meeting the member attended, as the meetings area will report it. */
export interface AttendedMeeting {
  date: string;
  title: string;
  attendedAs: string | null;
}

/** Everything the ledger holds about one member: the access export's whole input. */
export interface AccessExportData {
  /** YYYY-MM-DD, the day the document is produced. */
  producedOn: string;
  member: Member;
  consentHistory: ConsentEntry[];
  workingGroups: MemberGroup[];
  meetingsAttended: AttendedMeeting[];
}
