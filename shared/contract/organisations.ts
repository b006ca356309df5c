import { z } from 'zod';
import { command, query } from './define-operation';
import { searchText } from '../domain/text-fields';
import { isoDateSchema } from '../domain/dates';
import {
  organisationDraftSchema,
  organisationIdSchema,
  organisationPersonSchema,
  organisationSchema,
  organisationSummarySchema,
} from '../domain/organisation';
import { rowVersionSchema } from '../domain/row-version';
import { provinceSchema } from '../domain/provinces';

export const organisationOperations = {
  'organisations.list': query(
    'Organisations, with how many member people each has',
    z.strictObject({
      search: searchText(200),
      /** Organisations of one province or territory; null for the whole Network. */
      province: provinceSchema.nullable().default(null),
    }),
    z.object({ items: z.array(organisationSummarySchema) }),
  ),
  'organisations.get': query(
    'One organisation with its member people',
    z.strictObject({ id: organisationIdSchema }),
    organisationSchema.extend({ people: z.array(organisationPersonSchema) }),
  ),
  'organisations.create': command(
    'Add an organisation',
    z.strictObject({ organisation: organisationDraftSchema }),
    organisationSchema,
  ),
  'organisations.update': command(
    "Replace an organisation's fields",
    z.strictObject({ id: organisationIdSchema, organisation: organisationDraftSchema, expectedVersion: rowVersionSchema.optional() }),
    organisationSchema,
  ),
  'organisations.enrolAsMember': command(
    'Make the organisation itself a member of the Network',
    z.strictObject({ id: organisationIdSchema, joinedOn: isoDateSchema }),
    organisationSchema,
  ),
} as const;
