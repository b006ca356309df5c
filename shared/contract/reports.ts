import { z } from 'zod';
import { command, query } from './define-operation';
import { fiscalQuarterSchema } from '../domain/fiscal-quarter';
import {
  quarterlyNarrativeSchema,
  quarterlyReportRequestSchema,
  redactionHitSchema,
  reportFileSchema,
  suppressionThresholdSchema,
} from '../domain/report';

export const reportOperations = {
  'reports.settings.get': query(
    'Report settings: the small-count suppression threshold',
    z.strictObject({}),
    z.object({ suppressionThreshold: z.number().int() }),
  ),
  'reports.settings.save': command(
    'Change the small-count suppression threshold (never below 5)',
    z.strictObject({ suppressionThreshold: suppressionThresholdSchema }),
    z.object({ suppressionThreshold: z.number().int() }),
  ),
  'reports.quarterly.narrative.get': query(
    "The coordinator's narrative for a fiscal quarter (empty until written)",
    z.strictObject({ quarter: fiscalQuarterSchema }),
    quarterlyNarrativeSchema,
  ),
  'reports.quarterly.narrative.save': command(
    "Save the quarter's highlights, challenges and lessons learned",
    z.strictObject({ quarter: fiscalQuarterSchema, narrative: quarterlyNarrativeSchema }),
    quarterlyNarrativeSchema,
  ),
  'reports.quarterly.redactionCheck': query(
    "Real names of migrant-worker members found in the quarter's free text",
    z.strictObject({ quarter: fiscalQuarterSchema }),
    z.object({ hits: z.array(redactionHitSchema) }),
  ),
  'reports.quarterly.generate': query(
    'The quarterly report for funders and government as .docx or .xlsx; refused while a redaction hit is unconfirmed',
    quarterlyReportRequestSchema,
    reportFileSchema,
  ),
} as const;
