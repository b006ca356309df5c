import type { minutesOperations } from '../../shared/contract/minutes';
import { listActionItems } from '../ledger/meetings/action-item-repository';
import { requireMeeting } from '../ledger/meetings/meeting-reads';
import { findMinutes, findMinutesIdForMeeting } from '../ledger/meetings/minutes-repository';
import {
  addActionItem,
  addTestimony,
  changeActionItemStatus,
  editSection,
  startMinutes,
  updateActionItem,
} from '../ledger/meetings/minutes-service';
import {
  amendMinutes,
  approveMinutes,
  circulateMinutes,
  returnMinutesToDraft,
} from '../ledger/meetings/minutes-status-service';
import type { HandlersFor } from './handler-types';

export const minutesHandlers: HandlersFor<typeof minutesOperations> = {
  'minutes.get': async ({ meetingId }, { ledger }) => {
    await requireMeeting(ledger.db, meetingId);
    const id = await findMinutesIdForMeeting(ledger.db, meetingId);
    return id === undefined ? null : ((await findMinutes(ledger.db, id)) ?? null);
  },
  'minutes.start': ({ meetingId }, { ledger }) => startMinutes(ledger, meetingId),
  'minutes.section.update': ({ sectionId, notes, decisions }, { ledger }) =>
    editSection(ledger, sectionId, { notes, decisions }),
  'minutes.testimony.add': ({ sectionId, testimony }, { ledger }) => addTestimony(ledger, sectionId, testimony),
  'minutes.actionItems.add': ({ minutesId, item }, { ledger }) => addActionItem(ledger, minutesId, item),
  'minutes.actionItems.update': ({ id, item }, { ledger }) => updateActionItem(ledger, id, item),
  'minutes.actionItems.setStatus': ({ id, status }, { ledger }) => changeActionItemStatus(ledger, id, status),
  'minutes.actionItems.listOpen': async (_input, { ledger }) => ({
    items: await listActionItems(ledger.db, { minutesId: null, openOnly: true }),
  }),
  'minutes.circulate': ({ minutesId, circulatedOn }, { ledger }) => circulateMinutes(ledger, minutesId, circulatedOn),
  'minutes.returnToDraft': ({ minutesId }, { ledger }) => returnMinutesToDraft(ledger, minutesId),
  'minutes.approve': ({ minutesId, approvedAtMeetingId }, { ledger }) =>
    approveMinutes(ledger, minutesId, approvedAtMeetingId),
  'minutes.amend': ({ minutesId, amendment }, { ledger }) => amendMinutes(ledger, minutesId, amendment),
};
