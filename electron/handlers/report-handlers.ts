import type { reportOperations } from '../../shared/contract/reports';
import { fiscalQuarterKey } from '../../shared/domain/fiscal-quarter';
import { readQuarterlyNarrative, writeQuarterlyNarrative } from '../ledger/reports/quarterly-narrative-repository';
import {
  readNetworkNames,
  readSuppressionThreshold,
  writeNetworkNames,
  writeSuppressionThreshold,
} from '../ledger/reports/report-settings';
import {
  generateAttendanceRegister,
  generateMinutes,
  generatePlenaryPacket,
  meetingDocumentRedactionHits,
} from '../reports/meetings/meeting-documents-service';
import { generateQuarterlyReport, quarterlyRedactionHits } from '../reports/quarterly/quarterly-report-service';
import { diffFields } from '../ledger/audit/audit-log';
import { markPacketGenerated } from '../ledger/meetings/meeting-repository';
import { notFound } from '../domain-error';
import { listReleaseCells, listReleases, releaseExists } from '../ledger/reports/release-register-repository';
import type { HandlersFor } from './handler-types';

export const reportHandlers: HandlersFor<typeof reportOperations> = {
  'reports.settings.get': async (_input, { ledger }) => ({
    suppressionThreshold: await readSuppressionThreshold(ledger.db),
    networkName: await readNetworkNames(ledger.db),
  }),
  'reports.networkName.save': async ({ networkName }, { ledger }) =>
    ledger.write('reports.networkName.save', async (trx, audit) => {
      const before = await readNetworkNames(trx);
      await writeNetworkNames(trx, networkName, ledger.now().toISOString());
      audit.record({ entityType: 'setting:network.name', entityId: null, changes: diffFields(before, networkName) });
      return { networkName: await readNetworkNames(trx) };
    }),
  'reports.settings.save': async ({ suppressionThreshold }, { ledger }) =>
    ledger.write('reports.settings.save', async (trx, audit) => {
      const before = await readSuppressionThreshold(trx);
      await writeSuppressionThreshold(trx, suppressionThreshold, ledger.now().toISOString());
      audit.record({
        entityType: 'setting:reports.suppressionThreshold',
        entityId: null,
        changes: { suppressionThreshold: { from: before, to: suppressionThreshold } },
      });
      return { suppressionThreshold: await readSuppressionThreshold(trx) };
    }),
  'reports.quarterly.narrative.get': ({ quarter, language }, { ledger }) =>
    readQuarterlyNarrative(ledger.db, fiscalQuarterKey(quarter), language),
  'reports.quarterly.narrative.save': ({ quarter, language, narrative }, { ledger }) =>
    ledger.write('reports.quarterly.narrative.save', async (trx, audit) => {
      const key = fiscalQuarterKey(quarter);
      const before = await readQuarterlyNarrative(trx, key, language);
      await writeQuarterlyNarrative(trx, key, language, narrative, ledger.now().toISOString());
      audit.record({
        entityType: `quarterly_narrative:${key}${language === 'fr' ? ':fr' : ''}`,
        entityId: null,
        changes: diffFields(before, narrative),
      });
      return readQuarterlyNarrative(trx, key, language);
    }),
  'reports.quarterly.redactionCheck': async ({ quarter }, { ledger }) => ({
    hits: await quarterlyRedactionHits(ledger.db, quarter),
  }),
  'reports.quarterly.generate': (request, { ledger, printer }) => generateQuarterlyReport(ledger, request, printer),
  'reports.meeting.redactionCheck': async ({ meetingId, document }, { ledger }) => ({
    hits: await meetingDocumentRedactionHits(ledger.db, meetingId, document),
  }),
  'reports.minutes.generate': (request, { ledger, printer }) => generateMinutes(ledger, request, printer),
  'reports.plenaryPacket.generate': async (request, { ledger, printer }) => {
    const file = await generatePlenaryPacket(ledger.db, request, printer);
    await ledger.write('reports.plenaryPacket.generate', async (trx, audit) => {
      const at = ledger.now().toISOString();
      await markPacketGenerated(trx, request.meetingId, at);
      audit.record({ entityType: 'meeting', entityId: request.meetingId, changes: { packetGeneratedAt: { from: null, to: at } } });
    });
    return file;
  },
  'reports.attendanceRegister.generate': (request, { ledger }) => generateAttendanceRegister(ledger.db, request),
  'reports.releases.list': async ({ limit }, { ledger }) => ({ items: await listReleases(ledger.db, limit) }),
  'reports.releases.cells': async ({ releaseId }, { ledger }) => {
    if (!(await releaseExists(ledger.db, releaseId))) throw notFound('release', releaseId);
    return { cells: await listReleaseCells(ledger.db, releaseId) };
  },
};
