import type { rosterOperations } from '../../shared/contract/roster';
import { exportRoster } from '../reports/roster-export/export-roster';
import type { HandlersFor } from './handler-types';

export const rosterHandlers: HandlersFor<typeof rosterOperations> = {
  'roster.exportXlsx': ({ language, province }, { ledger }) => exportRoster(ledger, { language, province }),
};
