import crypto from 'node:crypto';

/** A fresh seed for alias proposals: unpredictable, so aliases say nothing about order or timing. */
export function randomAliasSeed(): number {
  return crypto.randomInt(0, 2 ** 31);
}
