import { z } from 'zod';
import { agendaItemSchema, agendaTimingSchema } from './agenda';
import { languageWarningSchema } from './interpretation';
import { meetingSchema } from './meeting';
import { minutesStatusSchema } from './minutes-state';
import { noticeStatusSchema } from './notices';

export const meetingReadinessSchema = z.object({
  agendaItems: z.number().int(),
  timing: agendaTimingSchema,
  /** A plenary opens with worker voices; false when its agenda has been reordered away from that. */
  opensWithWorkerVoices: z.boolean(),
  /** Requested bookings not yet confirmed. */
  unconfirmedBookings: z.number().int(),
  languageWarnings: z.array(languageWarningSchema),
  packetGenerated: z.boolean(),
  /** Members marked present on the roll call: a past meeting with some was evidently held. */
  attendeesPresent: z.number().int(),
  /** Whether notices went out for the meeting as it is now. */
  notices: noticeStatusSchema,
});
export type MeetingReadiness = z.infer<typeof meetingReadinessSchema>;

export const meetingDetailSchema = z.object({
  meeting: meetingSchema,
  agenda: z.array(agendaItemSchema),
  readiness: meetingReadinessSchema,
  minutes: z.object({ id: z.number().int(), status: minutesStatusSchema }).nullable(),
});
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;
