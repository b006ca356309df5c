import type { Migration } from 'kysely';
import * as members from './2026-11-25-001-members';
import * as memberSearch from './2026-11-25-002-member-search-fts5';
import * as settings from './2026-11-25-003-settings';
import * as registry from './2026-11-25-100-registry';
import * as meetings from './2026-11-25-201-meetings';
import * as recommendations from './2026-11-25-301-recommendations';
import * as votes from './2026-11-25-302-votes';
import * as auditActor from './2026-11-25-501-audit-actor';
import * as quarterlyNarratives from './2026-11-25-401-quarterly-narratives';
import * as releaseRegister from './2026-11-30-101-release-register';
import * as ledgerIdentity from './2026-11-30-300-ledger-identity';
import * as importValueMappings from './2026-11-30-501-import-value-mappings';
import * as workerAliases from './2026-11-30-502-worker-aliases';
import * as notices from './2026-11-30-601-notices';
import * as motions from './2026-11-30-701-motions';
import * as funding from './2026-11-30-800-funding';
import * as actionItemClosedOn from './2026-11-30-900-action-item-closed-on';
import * as narrativeInFrench from './2026-11-30-901-narrative-in-french';
import * as releasesAsPdf from './2026-11-30-902-releases-as-pdf';
import * as postgresTextFunctions from './2026-11-30-950-postgres-text-functions';
import * as rowVersions from './2026-11-30-951-row-versions';
import * as provinces from './2026-11-30-952-provinces';
import * as postgresNameKeys from './2026-11-30-953-postgres-name-keys';

/**
 * Imported statically: Kysely's FileMigrationProvider reads a folder at run time, which no longer
 * exists once the main process is bundled. Names sort by date; migrate-ledger.ts applies them.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-25-001-members': members,
  '2026-11-25-002-member-search-fts5': memberSearch,
  '2026-11-25-003-settings': settings,
  '2026-11-25-100-registry': registry,
  '2026-11-25-201-meetings': meetings,
  '2026-11-25-301-recommendations': recommendations,
  '2026-11-25-302-votes': votes,
  '2026-11-25-501-audit-actor': auditActor,
  '2026-11-25-401-quarterly-narratives': quarterlyNarratives,
  '2026-11-30-101-release-register': releaseRegister,
  '2026-11-30-300-ledger-identity': ledgerIdentity,
  '2026-11-30-501-import-value-mappings': importValueMappings,
  '2026-11-30-502-worker-aliases': workerAliases,
  '2026-11-30-601-notices': notices,
  '2026-11-30-701-motions': motions,
  '2026-11-30-800-funding': funding,
  '2026-11-30-900-action-item-closed-on': actionItemClosedOn,
  '2026-11-30-901-narrative-in-french': narrativeInFrench,
  '2026-11-30-902-releases-as-pdf': releasesAsPdf,
  '2026-11-30-950-postgres-text-functions': postgresTextFunctions,
  '2026-11-30-951-row-versions': rowVersions,
  '2026-11-30-952-provinces': provinces,
  '2026-11-30-953-postgres-name-keys': postgresNameKeys,
};
