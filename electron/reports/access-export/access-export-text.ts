import type { Presence } from '../../../shared/domain/attendance';
import type { ConsentMethod } from '../../../shared/domain/consent';
import type { MeetingKind } from '../../../shared/domain/meeting';
import type { ActionItemStatus } from '../../../shared/domain/minutes';
import type { BallotChoice } from '../../../shared/domain/vote-rules';
import type { WorkingGroupRole } from '../../../shared/domain/working-group';

/** The document's words, kept apart from its layout. English: the coordinator hands it over as is. */
export const accessExportText = {
  title: 'What the Network holds about you',
  intro:
    'This document lists every piece of information the Migrant Worker Support Network secretariat keeps about you in its ledger, as of the date below. You may ask for any of it to be corrected, or to withdraw from the Network and have your personal details erased.',
  producedOn: 'Produced on',
  memberNumber: 'Member number',
  sections: {
    details: 'Your details',
    consent: 'What you consented to, and when',
    groups: 'Working groups',
    meetings: 'Meetings attended',
    ballots: 'Roll-call votes you cast',
    motions: 'Motions you moved or seconded',
    testimonies: 'Your testimony recorded in minutes',
    actionItems: 'Action items assigned to you',
  },
  fields: {
    kind: 'Member type',
    displayName: 'Name',
    alias: 'Alias used in documents',
    category: 'Stakeholder category',
    organisationName: 'Organisation',
    languages: 'Languages',
    preferredLanguage: 'Preferred language',
    email: 'Email',
    phone: 'Phone',
    mayContact: 'May be contacted',
    mayBeNamed: 'May be named in minutes',
    joinedOn: 'Joined on',
    leftOn: 'Left on',
    withdrawnAt: 'Withdrawn on',
    notes: 'Notes kept by the secretariat',
    createdAt: 'Record created',
    updatedAt: 'Record last changed',
  },
  consentColumns: ['Given on', 'May be contacted', 'May be named', 'Testimony recorded', 'Photos', 'How given', 'Note'],
  groupColumns: ['Working group', 'Role', 'From', 'Until'],
  meetingColumns: ['Date', 'Meeting', 'Kind of meeting', 'How you attended'],
  ballotColumns: ['Date', 'Meeting', 'Motion', 'Your vote'],
  motionColumns: ['Date', 'Meeting', 'Motion', 'You'],
  motionRoles: { moved: 'Moved it', seconded: 'Seconded it' },
  testimonyColumns: ['Date', 'Meeting', 'What was recorded'],
  actionItemColumns: ['Meeting', 'Action', 'Due', 'Status'],
  meetingKinds: {
    plenary: 'Network plenary',
    working_group: 'Working-group meeting',
    workers_forum: "Migrant workers' forum",
    government_network: 'Government network meeting',
  } satisfies Record<MeetingKind, string>,
  presences: {
    unmarked: 'Expected (not marked)',
    in_person: 'In person',
    remote: 'Remotely',
    regrets: 'Sent regrets',
    absent: 'Absent',
  } satisfies Record<Presence, string>,
  choices: { for: 'For', against: 'Against', abstain: 'Abstained', block: 'Blocked', not_voting: 'Did not vote' } satisfies Record<BallotChoice, string>,
  actionStatuses: { open: 'Open', in_progress: 'In progress', done: 'Done' } satisfies Record<ActionItemStatus, string>,
  none: 'None recorded',
  notSet: '—',
  stillOngoing: 'ongoing',
  yes: 'Yes',
  no: 'No',
  kinds: { individual: 'Individual', organisation: 'Organisation' },
  roles: { chair: 'Chair', co_chair: 'Co-chair', member: 'Member' } satisfies Record<WorkingGroupRole, string>,
  methods: {
    signed_form: 'Signed form',
    verbal_in_person: 'Verbally, in person',
    verbal_phone: 'Verbally, by phone',
    email: 'By email',
    through_interpreter: 'Through an interpreter',
    other: 'Other',
    member_form: 'Recorded on the member form',
    withdrawal: 'Withdrawal from the Network',
  } satisfies Record<ConsentMethod, string>,
} as const;
