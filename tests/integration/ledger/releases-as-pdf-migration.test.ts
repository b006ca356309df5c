import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger } from '../../../electron/ledger/ledger';
import { migrations } from '../../../electron/ledger/migrations';
import { makeTempDir } from '../../support/temp-ledger';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const sha = 'a'.repeat(64);

describe('the migration that lets the release register hold PDFs', () => {
  it('keeps every release and cell, the cells still bound to their release, and accepts "pdf" from then on', async () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const file = path.join(dir, 'ledger.sqlite');
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '2026-11-30-902'));
    const old = await openLedger({ path: file, migrations: before });
    const release = old.sqlite.prepare(`insert into report_releases (document_kind, document_key, audience, period, meeting_id, format, language,
      status, file_name, file_sha256, threshold, released_at, cell_count, hidden_count, earlier_releases)
      values ('minutes_shared', 'minutes:7', 'funders_government', '2026-Q3', 7, 'docx', 'fr', 'final', 'proces-verbal.docx', ?, 10, '2026-12-06T10:00:00Z', 2, 1, 0)`);
    const id = Number(release.run(sha).lastInsertRowid);
    const cell = old.sqlite.prepare(`insert into report_release_cells (release_id, position, table_key, row_key, column_key, period, meeting_id,
      state, value, marker, range_low, range_high, terms) values (?, ?, 'attendance', ?, 'members', '2026-Q3', 7, ?, ?, ?, ?, ?, ?)`);
    cell.run(id, 0, 'union', 'shown', 12, null, null, null, '[["M:7:union",1]]');
    cell.run(id, 1, 'employer', 'primary', null, '<10', 0, 9, '[["M:7:employer",1]]');
    release.run(sha);
    // Before the migration, the register cannot say "pdf".
    expect(() => old.sqlite.prepare("update report_releases set format = 'pdf' where id = ?").run(id)).toThrow(/CHECK/);
    await old.close();

    const ledger = await openLedger({ path: file });
    try {
      const releases = ledger.sqlite.prepare('select id, format, file_name from report_releases order by id').all();
      expect(releases).toEqual([
        { id, format: 'docx', file_name: 'proces-verbal.docx' },
        { id: id + 1, format: 'docx', file_name: 'proces-verbal.docx' },
      ]);
      const cells = ledger.sqlite.prepare('select release_id, position, row_key, state, value, marker, range_high from report_release_cells order by position').all();
      expect(cells).toEqual([
        { release_id: id, position: 0, row_key: 'union', state: 'shown', value: 12, marker: null, range_high: null },
        { release_id: id, position: 1, row_key: 'employer', state: 'primary', value: null, marker: '<10', range_high: 9 },
      ]);
      expect(ledger.sqlite.prepare('pragma foreign_key_list(report_release_cells)').all()).toEqual([
        expect.objectContaining({ table: 'report_releases', from: 'release_id', to: 'id', on_delete: 'RESTRICT' }),
      ]);
      // Releases are never deleted while their cells say what went out.
      expect(() => ledger.sqlite.prepare('delete from report_releases where id = ?').run(id)).toThrow(/FOREIGN KEY/);
      ledger.sqlite.prepare("update report_releases set format = 'pdf' where id = ?").run(id + 1);
      expect(() => ledger.sqlite.prepare("update report_releases set format = 'html' where id = ?").run(id + 1)).toThrow(/CHECK/);
      const indexes = ledger.sqlite.prepare("select name from sqlite_master where type = 'index' and name like 'report_release%' order by name").pluck().all();
      expect(indexes).toEqual(expect.arrayContaining(['report_release_cells_meeting', 'report_release_cells_period', 'report_releases_document']));
      // New releases continue the numbering.
      const next = ledger.sqlite.prepare(`insert into report_releases (document_kind, document_key, audience, format, language, status, file_name,
        file_sha256, threshold, released_at, cell_count, hidden_count, earlier_releases)
        values ('quarterly_report', 'quarterly:2026-Q3', 'funders_government', 'pdf', 'en', 'draft', 'q.pdf', ?, 10, 'now', 0, 0, 0)`).run(sha);
      expect(Number(next.lastInsertRowid)).toBe(id + 2);
    } finally {
      await ledger.close();
    }
  });
});
