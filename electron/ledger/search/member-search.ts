import type { Expression, SqlBool } from 'kysely';
import type { Executor } from '../database';
import { engineOf } from '../engine/engine-of';
import * as postgres from '../postgres/member-search-index';
import * as sqlite from '../sqlite/member-search-index';
import type { IndexedMember } from './member-search-entry';

// The member search index on whichever engine the ledger is on; repositories call these.

function onEngineOf(db: Executor): typeof sqlite | typeof postgres {
  return engineOf(db) === 'postgres' ? postgres : sqlite;
}

export function indexMemberText(db: Executor, memberId: number, parts: (string | null)[]): Promise<void> {
  return onEngineOf(db).indexMemberText(db, memberId, parts);
}

export function indexNewMembers(db: Executor, members: readonly IndexedMember[]): Promise<void> {
  return onEngineOf(db).indexNewMembers(db, members);
}

export function rebuildMemberIndex(db: Executor, members: readonly IndexedMember[]): Promise<void> {
  return onEngineOf(db).rebuildMemberIndex(db, members);
}

export function removeMemberFromIndex(db: Executor, memberId: number): Promise<void> {
  return onEngineOf(db).removeMemberFromIndex(db, memberId);
}

/** The order of the members list by name, the same on both engines. */
export function memberNameOrder(db: Executor, searching: boolean): Expression<string> {
  return onEngineOf(db).memberNameOrder(searching);
}

/** A condition on members.id keeping members whose indexed text holds every word of the search. */
export function memberMatchesSearch(db: Executor, query: string): Expression<SqlBool> | null {
  return onEngineOf(db).memberMatchesSearch(query);
}
