import {
  checkMinutesTransition,
  canEditMinutes,
  lockedMinutesMessage,
  type MinutesStatus,
} from '../../../shared/domain/minutes-state';
import type { Minutes } from '../../../shared/domain/minutes';
import { DomainError, notFound } from '../../domain-error';
import type { Executor } from '../database';
import { findMember } from '../members/member-repository';
import { findMinutes, findMinutesRow, findSection } from './minutes-repository';
import type { MinutesRow } from './minutes-table';

/** Checks shared by the minutes services: each throws the coordinator-facing refusal. */
export async function requireMinutes(db: Executor, minutesId: number): Promise<MinutesRow> {
  const row = await findMinutesRow(db, minutesId);
  if (!row) throw notFound('minutes', minutesId);
  return row;
}

export async function readMinutes(db: Executor, minutesId: number): Promise<Minutes> {
  const minutes = await findMinutes(db, minutesId);
  if (!minutes) throw notFound('minutes', minutesId);
  return minutes;
}

export function refuseIfLocked(row: MinutesRow): void {
  if (!canEditMinutes(row.status)) throw new DomainError('conflict', lockedMinutesMessage, [], { reason: 'minutes.locked' });
}

export function refuseTransition(from: MinutesStatus, to: MinutesStatus): void {
  const check = checkMinutesTransition(from, to);
  if (!check.allowed) {
    throw new DomainError('illegal_transition', check.message, [], { reason: check.reason, params: { from, to } });
  }
}

export async function requireSectionOf(db: Executor, sectionId: number, minutesId?: number) {
  const section = await findSection(db, sectionId);
  if (!section || (minutesId !== undefined && section.minutes_id !== minutesId)) {
    throw new DomainError('invalid_input', `Section ${sectionId} is not part of these minutes`, [
      { path: 'sectionId', message: 'is not a section of these minutes', reason: 'minutes.sectionNotInMinutes' },
    ], { reason: 'minutes.sectionNotInMinutes' });
  }
  return section;
}

export async function requireMemberField(db: Executor, memberId: number | null, path: string): Promise<void> {
  if (memberId !== null && !(await findMember(db, memberId))) {
    throw new DomainError('invalid_input', `Member ${memberId} does not exist`, [
      { path, message: 'is not a member in the ledger', reason: 'minutes.memberMissing' },
    ]);
  }
}
