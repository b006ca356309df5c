import { z } from 'zod';
import { englishFieldMessage } from './english-field-messages';
import { fieldProblemOf } from './field-problems';

/**
 * Zod's fallback wording becomes ours: schemas carry reasons, not words, so the main side gets its
 * English fragments from here and the renderer puts its translated sentences on top (customError
 * outranks localeError). Every schema module imports its helpers from here, so this runs first.
 */
z.config({ localeError: (issue) => englishFieldMessage(fieldProblemOf(issue)) });

export * from './field-problems';
export { englishFieldMessage } from './english-field-messages';
