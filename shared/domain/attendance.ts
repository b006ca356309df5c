import { z } from 'zod';
import { stakeholderCategories, stakeholderCategorySchema, type StakeholderCategory } from './stakeholder-categories';
import { languageCodeSchema } from './languages';
import { quorumStatusSchema } from './quorum';

export const presences = ['unmarked', 'in_person', 'remote', 'regrets', 'absent'] as const;
export const presenceSchema = z.enum(presences);
export type Presence = z.infer<typeof presenceSchema>;

export function isPresent(presence: Presence): boolean {
  return presence === 'in_person' || presence === 'remote';
}

/** Still expected to come: used for the interpretation warning before the meeting. */
export function isStillExpected(presence: Presence): boolean {
  return presence !== 'regrets' && presence !== 'absent';
}

export const rollCallEntrySchema = z.object({
  memberId: z.number().int(),
  /** The alias for migrant workers (see worker-safe-name.ts). */
  name: z.string(),
  isAlias: z.boolean(),
  category: stakeholderCategorySchema,
  expected: z.boolean(),
  presence: presenceSchema,
  interpretationLanguage: languageCodeSchema.nullable(),
});
export type RollCallEntry = z.infer<typeof rollCallEntrySchema>;

export const categoryCountSchema = z.object({
  category: stakeholderCategorySchema,
  members: z.number().int(),
  guests: z.number().int(),
});
export type CategoryCount = z.infer<typeof categoryCountSchema>;

export const rollCallSchema = z.object({
  meetingId: z.number().int(),
  entries: z.array(rollCallEntrySchema),
  guests: z.array(z.object({ category: stakeholderCategorySchema, count: z.number().int() })),
  presentByCategory: z.array(categoryCountSchema),
  totals: z.object({
    present: z.number().int(),
    inPerson: z.number().int(),
    remote: z.number().int(),
    guests: z.number().int(),
  }),
  quorum: quorumStatusSchema,
});
export type RollCall = z.infer<typeof rollCallSchema>;

/** Present members and guests per category, in the reports' category order; empty categories left out. */
export function countPresentByCategory(
  entries: readonly Pick<RollCallEntry, 'category' | 'presence'>[],
  guests: readonly { category: StakeholderCategory; count: number }[],
): CategoryCount[] {
  return stakeholderCategories
    .map((category) => ({
      category,
      members: entries.filter((entry) => entry.category === category && isPresent(entry.presence)).length,
      guests: guests.filter((guest) => guest.category === category).reduce((sum, guest) => sum + guest.count, 0),
    }))
    .filter((count) => count.members > 0 || count.guests > 0);
}
