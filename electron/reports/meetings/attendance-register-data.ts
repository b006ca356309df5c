import type { LanguageCode } from '../../../shared/domain/languages';
import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';
import type { MeetingHeader } from './meeting-report-data';

/** The internal register of one meeting: real names, for the Network's own records only. */
export interface AttendanceRegisterData {
  readonly networkName: string;
  readonly meeting: MeetingHeader;
  readonly entries: ReadonlyArray<{
    name: string;
    alias: string | null;
    category: StakeholderCategory;
    organisation: string | null;
    expected: boolean;
    presence: string;
    interpretationLanguage: LanguageCode | null;
  }>;
  readonly guests: ReadonlyArray<{ category: StakeholderCategory; count: number }>;
}
