import type { importOperations, ImportProgress } from '../../shared/contract/imports';
import { todayIsoDate } from '../../shared/domain/dates';
import { DomainError } from '../domain-error';
import { planImport, validateRows } from '../imports/check-import';
import { commitImport } from '../imports/commit-import';
import { cellText } from '../imports/import-cell';
import { importJobsFor, type ImportJob } from '../imports/import-jobs';
import type { StagedSheet } from '../imports/read-spreadsheet';
import { suggestMapping } from '../imports/column-aliases';
import { exportRejects } from '../imports/rejects/export-rejects';
import { distinctValues } from '../imports/values/distinct-values';
import { listImportValues, resolveValues } from '../imports/values/resolve-values';
import { rememberedValues } from '../imports/values/value-key';
import { listMemberIdentities } from '../ledger/members/member-identity-repository';
import type { HandlersFor } from './handler-types';

const previewRowCount = 10;
const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;

function progressOf(job: ImportJob): ImportProgress {
  const sheet = job.sheet;
  return {
    jobId: job.id,
    status: job.status,
    bytesTotal: job.bytesTotal,
    bytesRead: job.bytesRead,
    rowsRead: job.rowsRead,
    error: job.error,
    sheet: sheet && {
      fileName: sheet.fileName,
      format: sheet.format,
      encoding: sheet.encoding,
      headerRowNumber: sheet.headerRowNumber,
      headers: sheet.headers,
      suggestedMapping: suggestMapping(sheet.headers),
      previewRows: sheet.rows.slice(0, previewRowCount).map((row) => ({
        rowNumber: row.rowNumber,
        cells: sheet.headers.map((_, index) => cellText(row.cells[index] ?? null)),
      })),
      rowCount: sheet.rows.length,
    },
  };
}

function readySheet(job: ImportJob): StagedSheet {
  if (job.status === 'failed') throw new DomainError('invalid_input', job.error ?? 'The file could not be read.');
  if (job.status === 'imported')
    throw new DomainError(
      'illegal_transition',
      'This file has already been imported. Pick it again to import it once more.',
      [],
      { reason: 'imports.alreadyImported' },
    );
  if (!job.sheet)
    throw new DomainError(
      'illegal_transition',
      'The file is still being read; wait for the progress bar to finish.',
      [],
      {
        reason: 'imports.stillReading',
      },
    );
  return job.sheet;
}

export const importHandlers: HandlersFor<typeof importOperations> = {
  'imports.start': async ({ fileName, contentBase64 }, { ledger }) => {
    if (!base64Pattern.test(contentBase64)) {
      throw new DomainError('invalid_input', 'The file did not arrive intact (its content is not base64).', [
        { path: 'contentBase64', message: 'must be base64' },
      ]);
    }
    const job = importJobsFor(ledger).start(fileName, Buffer.from(contentBase64, 'base64'));
    return { jobId: job.id };
  },
  'imports.progress': async ({ jobId }, { ledger }) => progressOf(importJobsFor(ledger).get(jobId)),
  'imports.values': async ({ jobId, mapping }, { ledger }) => {
    const sheet = readySheet(importJobsFor(ledger).get(jobId));
    return listImportValues(distinctValues(sheet, mapping), await rememberedValues(ledger.db));
  },
  'imports.check': async ({ jobId, mapping, valueChoices }, { ledger }) => {
    const sheet = readySheet(importJobsFor(ledger).get(jobId));
    const values = resolveValues(distinctValues(sheet, mapping), await rememberedValues(ledger.db), valueChoices);
    const rows = validateRows(sheet, mapping, values, todayIsoDate(ledger.now()));
    return planImport(rows, sheet.headers, await listMemberIdentities(ledger.db)).check;
  },
  'imports.commit': async ({ jobId, ...choices }, { ledger }) => {
    const jobs = importJobsFor(ledger);
    const job = jobs.get(jobId);
    const sheet = readySheet(job);
    const { result, rejects } = await commitImport(ledger, sheet, choices, todayIsoDate(ledger.now()));
    if (rejects.length > 0) jobs.keepRejects(job, { fileName: sheet.fileName, headers: sheet.headers, rows: rejects });
    else jobs.discard(jobId);
    return result;
  },
  'imports.rejects': async ({ jobId, language }, { ledger }) => {
    const rejects = importJobsFor(ledger).get(jobId).rejects;
    if (!rejects)
      throw new DomainError(
        'illegal_transition',
        'There are no rejected rows to download: import the valid rows only first.',
        [],
        { reason: 'imports.noRejects' },
      );
    return exportRejects(ledger, rejects, language);
  },
  'imports.discard': async ({ jobId }, { ledger }) => ({ discarded: importJobsFor(ledger).discard(jobId) }),
};
