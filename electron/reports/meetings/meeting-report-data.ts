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
  readonly heading: string;
  readonly notes: string;
  readonly decisions: string;
  /** Speakers are already the names documents may use: aliases for workers without consent. */
  readonly testimonies: ReadonlyArray<{ speaker: string | null; summary: string }>;
}

export interface VoteData {
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
