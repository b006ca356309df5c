import type { organisationOperations } from '../../shared/contract/organisations';
import { notFound } from '../domain-error';
import { findOrganisation, listOrganisationPeople, listOrganisations } from '../ledger/organisations/organisation-repository';
import { createOrganisation, enrolOrganisationAsMember, updateOrganisation } from '../ledger/organisations/organisation-service';
import type { HandlersFor } from './handler-types';

export const organisationHandlers: HandlersFor<typeof organisationOperations> = {
  'organisations.list': async ({ search, province }, { ledger }) => ({ items: await listOrganisations(ledger.db, { search, province }) }),
  'organisations.get': async ({ id }, { ledger }) => {
    const organisation = await findOrganisation(ledger.db, id);
    if (!organisation) throw notFound('organisation', id);
    return { ...organisation, people: await listOrganisationPeople(ledger.db, id) };
  },
  'organisations.create': ({ organisation }, { ledger }) => createOrganisation(ledger, organisation),
  'organisations.update': ({ id, organisation, expectedVersion }, { ledger }) => updateOrganisation(ledger, id, organisation, expectedVersion),
  'organisations.enrolAsMember': ({ id, joinedOn }, { ledger }) => enrolOrganisationAsMember(ledger, id, joinedOn),
};
