import { z } from 'zod';

/** The funding program's fixed lists, stored as these codes and translated for display. */

export const fundingStreams = ['policy', 'community_action', 'capacity_building', 'other'] as const;
export const fundingStreamSchema = z.enum(fundingStreams);
export type FundingStream = z.infer<typeof fundingStreamSchema>;

export const agreementStatuses = ['proposed', 'approved', 'active', 'closed', 'cancelled'] as const;
export const agreementStatusSchema = z.enum(agreementStatuses);
export type AgreementStatus = z.infer<typeof agreementStatusSchema>;

/** A mentored organisation is mentored by every mentor of the same agreement (partnerships.ts). */
export const partyRoles = ['lead', 'partner', 'mentored', 'mentor'] as const;
export const partyRoleSchema = z.enum(partyRoles);
export type PartyRole = z.infer<typeof partyRoleSchema>;
