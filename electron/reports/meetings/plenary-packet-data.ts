import type { LanguageCode } from '../../../shared/domain/languages';
import type { ActionItemData, MeetingHeader, MinutesSectionData } from './meeting-report-data';

/** Everything a plenary's packet carries, gathered before the meeting. */
export interface PlenaryPacketData {
  readonly networkName: string;
  readonly status: 'draft' | 'final';
  readonly meeting: MeetingHeader;
  readonly interpretationLanguages: readonly LanguageCode[];
  readonly agenda: ReadonlyArray<{ title: string; kind: string; presenter: string | null; plannedMinutes: number }>;
  readonly previousMinutes: { meetingTitle: string; heldOn: string; sections: readonly MinutesSectionData[] } | null;
  readonly recommendations: ReadonlyArray<{
    title: string;
    kind: string;
    workingGroupName: string | null;
    text: string;
    rationale: string | null;
  }>;
  readonly groupUpdates: ReadonlyArray<{ meetingTitle: string; heldOn: string; decisions: readonly string[] }>;
  readonly openActionItems: ReadonlyArray<ActionItemData & { meetingTitle: string }>;
}
