import i18next from 'i18next';
import { z } from 'zod';
import { describeZodIssue } from './describe-error';

/**
 * Forms check the contract's own schemas in the browser; this makes zod word what it finds in the
 * UI's language, as whole sentences, at the moment it checks (so a language change applies at once).
 * jitless: the renderer's Content-Security-Policy forbids the eval zod would otherwise try.
 */
export function installZodMessages(): void {
  z.config({ jitless: true, customError: (issue) => describeZodIssue(i18next, issue) });
}
