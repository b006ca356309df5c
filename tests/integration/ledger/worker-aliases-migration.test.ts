import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import BetterSqlite3 from 'better-sqlite3';
import { openLedger } from '../../../electron/ledger/ledger';
import { migrations } from '../../../electron/ledger/migrations';
import { insertMembers, listMembers } from '../../../electron/ledger/members/member-repository';
import { memberListQuerySchema } from '../../../shared/contract/members';
import type { MemberDraft } from '../../../shared/domain/member';
import { makeTempDir } from '../../support/temp-ledger';
import { memberDraft } from '../../support/member-drafts';

const aliasMigration = '2026-11-30-502-worker-aliases';
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A ledger as the app left it before aliases were required: workers recorded without one. */
async function ledgerBeforeAliases(drafts: MemberDraft[]): Promise<string> {
  const dir = makeTempDir();
  dirs.push(dir);
  const file = path.join(dir, 'ledger.sqlite');
  const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < aliasMigration));
  const ledger = await openLedger({ path: file, migrations: before });
  await insertMembers(ledger.db, drafts, '2026-01-01T00:00:00.000Z');
  await ledger.close();
  return file;
}

const draft = (overrides: Partial<MemberDraft>) => memberDraft({ email: null, ...overrides }) as MemberDraft;

describe('the worker-aliases migration', () => {
  it('gives every current or former migrant worker without an alias a unique one, and touches nobody else', async () => {
    const workers = Array.from({ length: 120 }, (_, index) =>
      draft({
        displayName: `Worker ${index}`,
        alias: index % 10 === 0 ? '' : null,
        category: index % 2 ? 'former_migrant_worker' : 'current_migrant_worker',
      }),
    );
    const file = await ledgerBeforeAliases([
      ...workers,
      draft({ displayName: 'Has One', alias: 'Heron' }),
      draft({ displayName: 'Union Rep', alias: null, category: 'union' }),
    ]);

    const ledger = await openLedger({ path: file, now: () => new Date('2026-12-01T10:00:00Z') });
    try {
      const rows = ledger.sqlite.prepare('select id, display_name, alias, category from members order by id').all() as {
        id: number;
        display_name: string;
        alias: string | null;
        category: string;
      }[];
      const workerRows = rows.filter((row) => row.category.endsWith('migrant_worker'));
      expect(workerRows).toHaveLength(121);
      for (const row of workerRows) expect(row.alias?.trim()).toBeTruthy();
      const aliases = workerRows.map((row) => (row.alias as string).toLowerCase());
      expect(new Set(aliases).size).toBe(aliases.length);
      expect(rows.find((row) => row.display_name === 'Has One')?.alias).toBe('Heron');
      expect(rows.find((row) => row.display_name === 'Union Rep')?.alias).toBeNull();
      expect(aliases.some((alias) => /#|\d/.test(alias))).toBe(false);

      // Searching by the new alias finds the worker, as if the alias had been typed in the form.
      const someone = workerRows[5] as { id: number; alias: string };
      const found = await listMembers(ledger.db, memberListQuerySchema.parse({ search: someone.alias.toUpperCase() }));
      const holding = workerRows.filter((row) => row.alias?.toLowerCase().includes(someone.alias.toLowerCase()));
      expect(found.items.map((item) => item.id).sort()).toEqual(holding.map((row) => row.id).sort());
      expect(found.items.map((item) => item.id)).toContain(someone.id);

      // Each assignment is in the audit log, so the coordinator can see where an alias came from.
      const audit = ledger.sqlite
        .prepare("select entity_id, changes from audit_log where operation = 'migrations.workerAliases'")
        .all() as { entity_id: number; changes: string }[];
      expect(audit).toHaveLength(120);
      expect(JSON.parse((audit[0] as { changes: string }).changes).alias.to).toBe(
        rows.find((row) => row.id === audit[0]?.entity_id)?.alias,
      );
    } finally {
      await ledger.close();
    }
  });

  it('leaves a withdrawn worker’s erased alias erased', async () => {
    const file = await ledgerBeforeAliases([draft({ displayName: 'Withdrawn member 1', alias: null })]);
    const sqlite = new BetterSqlite3(file);
    sqlite.prepare("update members set withdrawn_at = '2026-02-01T00:00:00.000Z', withdrawal_number = 1").run();
    sqlite.close();
    const ledger = await openLedger({ path: file });
    try {
      expect(ledger.sqlite.prepare('select alias from members').pluck().get()).toBeNull();
    } finally {
      await ledger.close();
    }
  });
});
