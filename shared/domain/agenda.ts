import { z } from 'zod';
import '../validation';
import { minutesBetween } from './worker-friendly';

export const agendaItemKinds = [
  'worker_voices',
  'presentation',
  'discussion',
  'decision',
  'information',
  'break',
] as const;
export const agendaItemKindSchema = z.enum(agendaItemKinds);
export type AgendaItemKind = z.infer<typeof agendaItemKindSchema>;

export const agendaItemDraftSchema = z.strictObject({
  kind: agendaItemKindSchema,
  title: z.string().trim().min(1).max(300),
  presenterMemberId: z.number().int().positive().nullable(),
  plannedMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
});
export type AgendaItemDraft = z.infer<typeof agendaItemDraftSchema>;

export const agendaItemSchema = z.object({
  id: z.number().int(),
  meetingId: z.number().int(),
  position: z.number().int(),
  kind: agendaItemKindSchema,
  title: z.string(),
  presenterMemberId: z.number().int().nullable(),
  /** Alias for migrant workers, always: agendas travel in packets. */
  presenterName: z.string().nullable(),
  presenterIsAlias: z.boolean(),
  plannedMinutes: z.number().int(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const agendaTimingSchema = z.object({
  plannedMinutes: z.number().int(),
  meetingMinutes: z.number().int(),
  overrunMinutes: z.number().int(),
});
export type AgendaTiming = z.infer<typeof agendaTimingSchema>;

export function agendaTiming(
  items: readonly { plannedMinutes: number }[],
  startsAt: string,
  endsAt: string,
): AgendaTiming {
  const plannedMinutes = items.reduce((sum, item) => sum + item.plannedMinutes, 0);
  const meetingMinutes = minutesBetween(startsAt, endsAt);
  return { plannedMinutes, meetingMinutes, overrunMinutes: Math.max(0, plannedMinutes - meetingMinutes) };
}

/** Moves one id up or down a list; unchanged at the ends. Shared by keyboard buttons and dragging. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length || from === to) return [...items];
  const result = [...items];
  const [moved] = result.splice(from, 1);
  result.splice(to, 0, moved as T);
  return result;
}

/** Each plenary opens with migrant workers voicing their experiences. */
export const plenaryTemplate: readonly {
  kind: AgendaItemKind;
  plannedMinutes: number;
  title: { en: string; fr: string };
}[] = [
  { kind: 'worker_voices', plannedMinutes: 30, title: { en: 'Worker voices', fr: 'La parole aux travailleurs' } },
  {
    kind: 'decision',
    plannedMinutes: 10,
    title: { en: 'Approval of the previous minutes', fr: 'Adoption du procès-verbal précédent' },
  },
  {
    kind: 'information',
    plannedMinutes: 20,
    title: { en: 'Working group updates', fr: 'Nouvelles des groupes de travail' },
  },
  { kind: 'break', plannedMinutes: 10, title: { en: 'Break', fr: 'Pause' } },
  {
    kind: 'decision',
    plannedMinutes: 30,
    title: { en: 'Recommendations for decision', fr: 'Recommandations soumises à décision' },
  },
  { kind: 'discussion', plannedMinutes: 20, title: { en: 'Open discussion', fr: 'Discussion ouverte' } },
];
