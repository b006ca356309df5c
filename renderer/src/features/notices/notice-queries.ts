import { operationQuery } from '../../api/operation-query';

/** Reads of the notices area, keyed by operation and input (see api/operation-query.ts). */
export const noticeQueries = {
  forMeeting: (meetingId: number) => operationQuery('notices.forMeeting', { meetingId }),
  texts: () => operationQuery('notices.templates.list', {}),
};
