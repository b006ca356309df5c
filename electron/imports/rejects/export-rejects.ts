import type { Ledger } from '../../ledger/ledger';
import { xlsxMimeType } from '../../reports/roster-export/export-roster';
import { buildRejectsWorkbook, type RejectedRows } from './build-rejects-workbook';
import type { ReportLanguage } from './describe-problem';

function baseName(fileName: string): string {
  return (
    fileName
      .replace(/\.[^.]*$/, '')
      .replace(/[^\p{L}\p{N}_-]+/gu, '-')
      .slice(0, 60) || 'import'
  );
}

/** The rejected rows as a download, recorded in the audit log as personal data leaving the app. */
export async function exportRejects(ledger: Ledger, rejects: RejectedRows, language: ReportLanguage) {
  const at = ledger.now();
  await ledger.write('imports.rejects', async (_trx, audit) => {
    audit.record({
      entityType: 'import_rejects_export',
      entityId: null,
      changes: { rowCount: { from: null, to: rejects.rows.length } },
    });
  });
  const bytes = await buildRejectsWorkbook(rejects, language, at);
  return {
    fileName: `${baseName(rejects.fileName)}-${language === 'fr' ? 'a-corriger' : 'to-fix'}-${at.toISOString().slice(0, 10)}.xlsx`,
    mimeType: xlsxMimeType,
    base64: bytes.toString('base64'),
    rowCount: rejects.rows.length,
  };
}
