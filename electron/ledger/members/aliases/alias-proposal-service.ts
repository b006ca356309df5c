import type { Executor } from '../../database';
import { listAliasesInUse } from './aliases-in-use';
import { proposeAliases } from './propose-aliases';
import { randomAliasSeed } from './random-seed';

/** An alias no member holds yet (nor one of `exclude`, already offered), for the member form to offer. */
export async function proposeAlias(
  db: Executor,
  exclude: readonly string[] = [],
  seed: number = randomAliasSeed(),
): Promise<string> {
  const [alias] = proposeAliases(1, [...(await listAliasesInUse(db)), ...exclude], seed);
  return alias as string;
}
