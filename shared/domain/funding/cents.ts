import { z } from 'zod';

/** Money in integer cents, as everywhere in the ledger; $100 million is far beyond any agreement. */
const maxCents = 10_000_000_000;

export const centsSchema = z.number().int().min(0).max(maxCents);

/** An instalment, claim or payment of nothing records nothing. */
export const positiveCentsSchema = z.number().int().min(1).max(maxCents);
