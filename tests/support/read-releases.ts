import type { Dispatch } from '../../electron/handlers/dispatch';
import type { Release } from './disclosure-attacker';
import { callOk } from './call-operation';

/** Every release in the register, read back through the contract as a reader of the documents would have them. */
export async function readReleases(dispatch: Dispatch): Promise<Release[]> {
  const { items } = await callOk(dispatch, 'reports.releases.list', { limit: 1000 });
  const releases: Release[] = [];
  for (const summary of [...items].reverse()) {
    const { cells } = await callOk(dispatch, 'reports.releases.cells', { releaseId: summary.id });
    releases.push({ summary, cells });
  }
  return releases;
}
