import { z } from 'zod';

/**
 * The version of a record an edit form was opened on. A save sends it back; when someone else saved
 * the record since, the save is refused (record.changedElsewhere) rather than replacing their change.
 * Optional in the contract: scripts and imports that do not send it change the record as it is.
 */
export const rowVersionSchema = z.number().int().min(1);
