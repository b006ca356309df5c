import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';

export interface MeetingHeader {
  readonly title: string;
  readonly kind: string;
  readonly heldOn: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly place: string | null;
  readonly onlineLink: string | null;
}

export interface MinutesSectionData {
  /** The agenda item the section minutes: the votes taken under it are printed with it. */
  readonly agendaItemId: number | null;
  readonly heading: string;
  readonly notes: string;
  readonly decisions: string;
  /** Speakers are already the names documents may use: aliases for workers without consent. */
  readonly testimonies: ReadonlyArray<{ speaker: string | null; summary: string }>;
}

/** What a vote was on, as the minutes word it (motion-blocks.ts). */
export interface MotionData {
  readonly kind: 'recommendation' | 'amendment' | 'procedural' | 'floor';
  readonly procedure: 'adopt_agenda' | 'approve_minutes' | null;
  readonly recommendationTitle: string | null;
  /** A floor motion's own title. */
  readonly title: string | null;
  /** The words voted on: the amendment's, the floor motion's, or the recommendation's as put to the vote. */
  readonly text: string | null;
  readonly minutesOf: { meetingTitle: string; heldOn: string } | null;
  /** The recommendation's words put to the vote were made by an amendment carried at this meeting. */
  readonly amendedHere: boolean;
}

export interface VoteData {
  readonly voteId: number;
  readonly agendaItemId: number | null;
  readonly motion: MotionData;
  /** Whether a mover and a seconder were recorded (votes recorded before motions have neither). */
  readonly movedAndSeconded: boolean;
  /**
   * Names the Network's own minutes print (aliases for workers without consent); null when none was
   * recorded, and always in shared copies, which say only "Moved and seconded."
   */
  readonly mover: string | null;
  readonly seconder: string | null;
  readonly corrections: ReadonlyArray<{ on: string; reason: string }>;
  readonly recommendationTitle: string;
  readonly method: string;
  readonly rule: string;
  readonly tally: { for: number; against: number; abstain: number; block: number };
  readonly membersPresent: number;
  readonly votingMembers: number;
  readonly quorumRequired: number;
  readonly result: string;
  readonly votesCast: number;
  readonly votesNeeded: number | null;
  /** Names as on the roll call (aliases for workers). */
  readonly ballots: ReadonlyArray<{ name: string; choice: string }>;
}

export interface ActionItemData {
  readonly description: string;
  readonly owner: string | null;
  readonly dueOn: string | null;
  readonly status: string;
}

/** A meeting's minutes as the minutes document shows them. */
export interface MinutesReportData {
  readonly meetingId: number;
  readonly networkName: string;
  /** members: the Network's own copy; shared: for funders and government, with small counts hidden. */
  readonly audience: 'members' | 'shared';
  readonly suppressionThreshold: number;
  readonly meeting: MeetingHeader;
  readonly attendanceByCategory: ReadonlyArray<{ category: StakeholderCategory; members: number; guests: number }>;
  /** Shared copies: categories with too few members in the meeting's quarter, folded into "Other" (privacy/rare-rows.ts). */
  readonly rareCategories: readonly StakeholderCategory[];
  readonly sections: readonly MinutesSectionData[];
  readonly votes: readonly VoteData[];
  readonly actionItems: readonly ActionItemData[];
  readonly approval: {
    status: 'draft' | 'circulated' | 'approved';
    circulatedOn: string | null;
    approvedOn: string | null;
    approvedAtMeetingTitle: string | null;
  };
  readonly amendments: ReadonlyArray<{ amendedOn: string; reason: string; text: string }>;
}
