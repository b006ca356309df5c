import { z } from 'zod';
import { command, query } from './define-operation';
import { isoDateSchema } from '../domain/dates';
import { meetingIdSchema } from '../domain/meeting';
import {
  actionItemDraftSchema,
  actionItemSchema,
  actionItemStatusSchema,
  amendmentDraftSchema,
  minutesSchema,
  sectionEditSchema,
  testimonyDraftSchema,
} from '../domain/minutes';

const idSchema = z.number().int().positive();

export const minutesOperations = {
  'minutes.get': query(
    "A meeting's minutes, or null if none were started",
    z.strictObject({ meetingId: meetingIdSchema }),
    minutesSchema.nullable(),
  ),
  'minutes.start': command(
    'Start the minutes from the agenda: one section per item',
    z.strictObject({ meetingId: meetingIdSchema }),
    minutesSchema,
  ),
  'minutes.section.update': command(
    "Write a section's notes and decisions (refused once approved)",
    z.strictObject({ sectionId: idSchema, ...sectionEditSchema.shape }),
    minutesSchema,
  ),
  'minutes.testimony.add': command(
    'Record testimony in a section; a worker appears by alias unless consent allows naming',
    z.strictObject({ sectionId: idSchema, testimony: testimonyDraftSchema }),
    minutesSchema,
  ),
  'minutes.actionItems.add': command(
    'Add an action item to the minutes',
    z.strictObject({ minutesId: idSchema, item: actionItemDraftSchema }),
    minutesSchema,
  ),
  'minutes.actionItems.update': command(
    'Change an action item (refused once the minutes are approved)',
    z.strictObject({ id: idSchema, item: actionItemDraftSchema }),
    minutesSchema,
  ),
  'minutes.actionItems.setStatus': command(
    'Follow up an action item: its status may change even after the minutes are approved',
    z.strictObject({ id: idSchema, status: actionItemStatusSchema }),
    actionItemSchema,
  ),
  'minutes.actionItems.listOpen': query(
    'Action items not yet done, soonest due first',
    z.strictObject({}),
    z.object({ items: z.array(actionItemSchema) }),
  ),
  'minutes.circulate': command(
    'Circulate draft minutes on a date',
    z.strictObject({ minutesId: idSchema, circulatedOn: isoDateSchema }),
    minutesSchema,
  ),
  'minutes.returnToDraft': command(
    'Take circulated minutes back to draft for rework',
    z.strictObject({ minutesId: idSchema }),
    minutesSchema,
  ),
  'minutes.approve': command(
    'Approve circulated minutes at a later meeting; they are locked from then on',
    z.strictObject({ minutesId: idSchema, approvedAtMeetingId: meetingIdSchema }),
    minutesSchema,
  ),
  'minutes.amend': command(
    'Record an amendment to approved minutes, kept beside the original',
    z.strictObject({ minutesId: idSchema, amendment: amendmentDraftSchema }),
    minutesSchema,
  ),
} as const;
