import { z } from 'zod';
import { because } from '../validation';

/**
 * How many voting members must be present. "fraction" is of the meeting's expected voting members
 * (all active members for a plenary), rounded up: two-thirds of 9 is 6, two-thirds of 10 is 7.
 * "majority" is more than half.
 */
export const quorumRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('count'), count: z.number().int().min(1).max(100_000) }),
  z
    .strictObject({
      kind: z.literal('fraction'),
      numerator: z.number().int().min(1).max(1000),
      denominator: z.number().int().min(1).max(1000),
    })
    .refine((rule) => rule.numerator <= rule.denominator, { ...because('fractionOverOne'), path: ['numerator'] }),
  z.strictObject({ kind: z.literal('majority') }),
]);
export type QuorumRule = z.infer<typeof quorumRuleSchema>;

export const defaultQuorumRule: QuorumRule = { kind: 'fraction', numerator: 1, denominator: 3 };

export const quorumStatusSchema = z.object({
  rule: quorumRuleSchema,
  votingMembers: z.number().int(),
  present: z.number().int(),
  required: z.number().int(),
  met: z.boolean(),
});
export type QuorumStatus = z.infer<typeof quorumStatusSchema>;

/** Integer arithmetic only: floating point gets "two-thirds of 9" wrong often enough to matter. */
export function requiredForQuorum(rule: QuorumRule, votingMembers: number): number {
  switch (rule.kind) {
    case 'count':
      return rule.count;
    case 'fraction':
      return Math.floor((votingMembers * rule.numerator + rule.denominator - 1) / rule.denominator);
    case 'majority':
      return Math.floor(votingMembers / 2) + 1;
  }
}

export function quorumStatus(rule: QuorumRule, votingMembers: number, present: number): QuorumStatus {
  const required = requiredForQuorum(rule, votingMembers);
  // A meeting with nobody expected cannot be quorate, whatever the rule says.
  const met = present > 0 && present >= required;
  return { rule, votingMembers, present, required, met };
}
