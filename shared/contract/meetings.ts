import { z } from 'zod';
import { command, query } from './define-operation';
import { isoDateSchema } from '../domain/dates';
import { agendaItemDraftSchema } from '../domain/agenda';
import { presenceSchema, rollCallSchema } from '../domain/attendance';
import { languageCodeSchema } from '../domain/languages';
import {
  meetingDraftSchema,
  meetingIdSchema,
  meetingKindSchema,
  meetingSchema,
  meetingStatusSchema,
} from '../domain/meeting';
import { meetingDetailSchema, meetingReadinessSchema } from '../domain/meeting-detail';
import { actionItemSchema, minutesAwaitingApprovalSchema } from '../domain/minutes';
import { minutesStatusSchema } from '../domain/minutes-state';
import { quorumRuleSchema } from '../domain/quorum';
import { stakeholderCategorySchema } from '../domain/stakeholder-categories';

const idSchema = z.number().int().positive();
const memberOnMeeting = { meetingId: meetingIdSchema, memberId: idSchema };

export const meetingOperations = {
  'meetings.list': query(
    'Meetings, newest first, optionally within dates, of one kind or status, or of one working group',
    z.strictObject({
      from: isoDateSchema.nullable().default(null),
      to: isoDateSchema.nullable().default(null),
      kind: meetingKindSchema.nullable().default(null),
      status: meetingStatusSchema.nullable().default(null),
      workingGroupId: z.number().int().positive().nullable().default(null),
    }),
    z.object({ items: z.array(meetingSchema) }),
  ),
  'meetings.listWithMinutes': query(
    'Meetings, newest first, each with the status of its minutes (null while none were started), for choosing documents',
    z.strictObject({}),
    z.object({ items: z.array(z.object({ meeting: meetingSchema, minutesStatus: minutesStatusSchema.nullable() })) }),
  ),
  'meetings.get': query(
    'A meeting with its agenda and readiness',
    z.strictObject({ id: meetingIdSchema }),
    meetingDetailSchema,
  ),
  'meetings.create': command(
    'Schedule a meeting; a plenary starts from the template whose first item is worker voices',
    z.strictObject({
      meeting: meetingDraftSchema,
      useTemplate: z.boolean().default(true),
      templateLanguage: z.enum(['en', 'fr']).default('en'),
    }),
    meetingDetailSchema,
  ),
  'meetings.update': command(
    "Replace a meeting's editable fields",
    z.strictObject({ id: meetingIdSchema, meeting: meetingDraftSchema }),
    meetingDetailSchema,
  ),
  'meetings.markHeld': command(
    'Record that a meeting whose date has passed, and whose roll call was taken, was held',
    z.strictObject({ id: meetingIdSchema }),
    meetingDetailSchema,
  ),
  'meetings.agenda.add': command(
    'Add an item at the end of the agenda',
    z.strictObject({ meetingId: meetingIdSchema, item: agendaItemDraftSchema }),
    meetingDetailSchema,
  ),
  'meetings.agenda.update': command(
    'Change an agenda item',
    z.strictObject({ itemId: idSchema, item: agendaItemDraftSchema }),
    meetingDetailSchema,
  ),
  'meetings.agenda.remove': command('Remove an agenda item', z.strictObject({ itemId: idSchema }), meetingDetailSchema),
  'meetings.agenda.reorder': command(
    "Put the agenda in a new order; itemIds must list every one of the meeting's items once",
    z.strictObject({ meetingId: meetingIdSchema, itemIds: z.array(idSchema).max(500) }),
    meetingDetailSchema,
  ),
  'meetings.rollCall.get': query(
    'The roll call: expected members plus anyone added, counts by category and quorum',
    z.strictObject({ meetingId: meetingIdSchema }),
    rollCallSchema,
  ),
  'meetings.rollCall.mark': command(
    'Mark one member present in person, remotely, regrets or absent',
    z.strictObject({ ...memberOnMeeting, presence: presenceSchema }),
    rollCallSchema,
  ),
  'meetings.rollCall.markAllPresent': command(
    'Mark everyone not yet marked as present in person',
    z.strictObject({ meetingId: meetingIdSchema }),
    rollCallSchema,
  ),
  'meetings.rollCall.add': command(
    'Add a member who is not expected to the roll call',
    z.strictObject(memberOnMeeting),
    rollCallSchema,
  ),
  'meetings.rollCall.setInterpretation': command(
    'Set the interpretation language an attendee needs (null: none)',
    z.strictObject({ ...memberOnMeeting, languageCode: languageCodeSchema.nullable() }),
    rollCallSchema,
  ),
  'meetings.rollCall.setGuests': command(
    'Set how many guests who are not members came, for one stakeholder category',
    z.strictObject({
      meetingId: meetingIdSchema,
      category: stakeholderCategorySchema,
      count: z.number().int().min(0).max(10_000),
    }),
    rollCallSchema,
  ),
  'meetings.quorumRule.get': query('The quorum rule set in Settings', z.strictObject({}), quorumRuleSchema),
  'meetings.quorumRule.set': command(
    'Change the quorum rule',
    z.strictObject({ rule: quorumRuleSchema }),
    quorumRuleSchema,
  ),
  'meetings.dashboard': query(
    'Next meeting with its readiness, open action items and minutes awaiting approval',
    z.strictObject({}),
    z.object({
      nextMeeting: z.object({ meeting: meetingSchema, readiness: meetingReadinessSchema }).nullable(),
      openActionItems: z.array(actionItemSchema),
      minutesAwaitingApproval: z.array(minutesAwaitingApprovalSchema),
      /** Past meetings still marked planned, oldest first, with how many were marked present. */
      pastStillPlanned: z.array(z.object({ meeting: meetingSchema, attendeesPresent: z.number().int() })),
    }),
  ),
} as const;
