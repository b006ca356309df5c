import type { Dispatch } from '../../../electron/handlers/dispatch';
import type { MeetingDraftInput } from '../../../shared/domain/meeting';
import type { MemberDraftInput } from '../../../shared/domain/member';
import { callOk } from '../../support/call-operation';
import { meetingInput, memberInput } from '../meetings/meeting-fixtures';

/** A member who may be written to, with an email; tests override what they are about. */
export async function addReachableMember(dispatch: Dispatch, overrides: Partial<MemberDraftInput>): Promise<number> {
  const member = await callOk(dispatch, 'members.create', {
    member: memberInput({ mayContact: true, email: `${(overrides.displayName ?? 'someone').toLowerCase().replace(/\W+/g, '.')}@example.org`, ...overrides }),
  });
  return member.id;
}

export async function addPlenary(dispatch: Dispatch, overrides: Partial<MeetingDraftInput> = {}): Promise<number> {
  const detail = await callOk(dispatch, 'meetings.create', { meeting: meetingInput(overrides) });
  return detail.meeting.id;
}

export const spanishInvitation = {
  kind: 'plenary',
  purpose: 'invitation',
  language: 'es',
  subject: 'Invitación: {{title}}',
  body: 'Hola,\n\nLe invitamos a la plenaria «{{title}}».\nFecha: {{date}}\nHora: {{time}}\nLugar: {{place}}\nEn línea: {{onlineLink}}\nInterpretación: {{interpretation}}\n\nOrden del día:\n{{agenda}}',
} as const;
