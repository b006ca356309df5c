import type { FiscalQuarter } from '../../../../shared/domain/fiscal-quarter';
import type { OperationInput } from '../../../../shared/contract';
import type { ReportLanguage } from '../../../../shared/domain/report';
import { operationQuery } from '../../api/operation-query';
import { useOperationMutation } from '../../api/use-operation-mutation';

export const reportQueries = {
  settings: () => operationQuery('reports.settings.get', {}),
  narrative: (quarter: FiscalQuarter, language: ReportLanguage) =>
    operationQuery('reports.quarterly.narrative.get', { quarter, language }),
  quarterlyRedaction: (quarter: FiscalQuarter) => operationQuery('reports.quarterly.redactionCheck', { quarter }),
  meetingRedaction: (input: OperationInput<'reports.meeting.redactionCheck'>) => operationQuery('reports.meeting.redactionCheck', input),
  releases: () => operationQuery('reports.releases.list', { limit: 200 }),
};

/** The narrative feeds the redaction check; the threshold changes every shared count. */
export const useSaveNarrative = () => useOperationMutation('reports.quarterly.narrative.save', { changes: ['reports'] });
export const useSaveReportSettings = () => useOperationMutation('reports.settings.save', { changes: ['reports'] });
/** The name is printed in every document and checked for workers' names. */
export const useSaveNetworkName = () => useOperationMutation('reports.networkName.save', { changes: ['reports'] });
/** Generating a shared document records it in the release register (reports.releases.list). */
export const useGenerateQuarterlyReport = () => useOperationMutation('reports.quarterly.generate', { changes: ['reports'] });
export const useGenerateMinutes = () => useOperationMutation('reports.minutes.generate', { changes: ['reports'] });
/** Generating the packet is what the meeting's readiness check waits for. */
export const useGeneratePlenaryPacket = () =>
  useOperationMutation('reports.plenaryPacket.generate', { changes: ['reports', 'meetings'] });
