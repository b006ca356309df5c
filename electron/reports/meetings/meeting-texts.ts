import type { TextToCheck } from '../privacy/redaction-check';
import type { ActionItemData, MeetingHeader, MinutesReportData, MinutesSectionData, VoteData } from './meeting-report-data';
import type { PlenaryPacketData } from './plenary-packet-data';

/**
 * Every free text the minutes and the packet print, field by field: what the redaction check
 * searches. Built from the same data the builders print, so nothing typed can slip past.
 */
function headerTexts(networkName: string, meeting: MeetingHeader): TextToCheck[] {
  return [
    { field: 'networkName', where: '', text: networkName },
    { field: 'meetingTitle', where: '', text: meeting.title },
    { field: 'meetingPlace', where: meeting.title, text: meeting.place ?? '' },
  ];
}

function sectionTexts(sections: readonly MinutesSectionData[], prefix = ''): TextToCheck[] {
  return sections.flatMap((section) => {
    const where = `${prefix}${section.heading}`;
    return [
      { field: 'sectionHeading' as const, where: prefix, text: section.heading },
      { field: 'sectionNotes' as const, where, text: section.notes },
      { field: 'sectionDecisions' as const, where, text: section.decisions },
      ...section.testimonies.flatMap((testimony) => [
        { field: 'testimonySpeaker' as const, where, text: testimony.speaker ?? '' },
        { field: 'testimony' as const, where, text: testimony.summary },
      ]),
    ];
  });
}

function actionItemTexts(items: ReadonlyArray<ActionItemData & { meetingTitle?: string }>): TextToCheck[] {
  return items.flatMap((item) => [
    { field: 'actionItemDescription' as const, where: item.meetingTitle ?? '', text: item.description },
    { field: 'actionItemOwner' as const, where: item.description, text: item.owner ?? '' },
  ]);
}

/**
 * What the minutes print with each vote: what it was on (a recommendation's or floor motion's title,
 * the meeting whose minutes it approved), who moved and seconded it, the words voted on (an
 * amendment's, a floor motion's, a recommendation's as put to the vote) and each correction's reason.
 */
function voteTexts(vote: VoteData): TextToCheck[] {
  const where = vote.recommendationTitle;
  return [
    { field: 'voteTitle', where: '', text: vote.recommendationTitle },
    { field: 'meetingTitle', where, text: vote.motion.minutesOf?.meetingTitle ?? '' },
    { field: 'motionMover', where, text: vote.mover ?? '' },
    { field: 'motionSeconder', where, text: vote.seconder ?? '' },
    { field: 'motionText', where, text: vote.motion.text ?? '' },
    ...vote.corrections.map((correction) => ({ field: 'voteCorrectionReason' as const, where, text: correction.reason })),
  ];
}

export function minutesTexts(data: MinutesReportData): TextToCheck[] {
  return [
    ...headerTexts(data.networkName, data.meeting),
    ...sectionTexts(data.sections),
    ...data.votes.flatMap(voteTexts),
    ...actionItemTexts(data.actionItems),
    { field: 'approvalMeeting', where: '', text: data.approval.approvedAtMeetingTitle ?? '' },
    ...data.amendments.flatMap((amendment) => [
      { field: 'amendmentReason' as const, where: amendment.amendedOn, text: amendment.reason },
      { field: 'amendmentText' as const, where: amendment.reason, text: amendment.text },
    ]),
  ];
}

export function plenaryPacketTexts(data: PlenaryPacketData): TextToCheck[] {
  const previous = data.previousMinutes;
  return [
    ...headerTexts(data.networkName, data.meeting),
    ...data.agenda.flatMap((item) => [
      { field: 'agendaTitle' as const, where: '', text: item.title },
      { field: 'agendaPresenter' as const, where: item.title, text: item.presenter ?? '' },
    ]),
    ...(previous
      ? [
          { field: 'meetingTitle' as const, where: '', text: previous.meetingTitle },
          ...sectionTexts(previous.sections, `${previous.meetingTitle}: `),
        ]
      : []),
    ...data.recommendations.flatMap((recommendation) => [
      { field: 'recommendationTitle' as const, where: '', text: recommendation.title },
      { field: 'recommendationText' as const, where: recommendation.title, text: recommendation.text },
      { field: 'recommendationRationale' as const, where: recommendation.title, text: recommendation.rationale ?? '' },
      { field: 'recommendationGroup' as const, where: recommendation.title, text: recommendation.workingGroupName ?? '' },
    ]),
    ...data.groupUpdates.flatMap((update) => [
      { field: 'groupUpdateMeeting' as const, where: '', text: update.meetingTitle },
      ...update.decisions.map((text) => ({ field: 'groupUpdateDecision' as const, where: update.meetingTitle, text })),
    ]),
    ...actionItemTexts(data.openActionItems),
  ];
}
