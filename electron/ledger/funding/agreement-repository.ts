import type { AgreementDraft } from '../../../shared/domain/funding/agreement';
import type { AgreementStatus } from '../../../shared/domain/funding/codes';
import type { Executor } from '../database';
import type { AgreementRow } from './funding-tables';

function rowFromDraft(draft: AgreementDraft) {
  return {
    title: draft.title,
    stream: draft.stream,
    purpose: draft.purpose,
    approved_cents: draft.approvedCents,
    starts_on: draft.startsOn,
    ends_on: draft.endsOn,
    working_group_id: draft.workingGroupId,
    recommendation_id: draft.recommendationId,
    notes: draft.notes,
  };
}

export async function findAgreementRow(db: Executor, id: number): Promise<AgreementRow | undefined> {
  return db.selectFrom('funding_agreements').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAgreement(db: Executor, draft: AgreementDraft, status: AgreementStatus, at: string): Promise<number> {
  const inserted = await db
    .insertInto('funding_agreements')
    .values({ ...rowFromDraft(draft), status, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateAgreementRow(db: Executor, id: number, draft: AgreementDraft, at: string): Promise<void> {
  await db.updateTable('funding_agreements').set({ ...rowFromDraft(draft), updated_at: at }).where('id', '=', id).execute();
}

export async function setAgreementStatus(db: Executor, id: number, status: AgreementStatus, at: string): Promise<void> {
  await db.updateTable('funding_agreements').set({ status, updated_at: at }).where('id', '=', id).execute();
}

/** Stamps the agreement when one of its entries changes, so "last changed" means the whole agreement. */
export async function touchAgreement(db: Executor, id: number, at: string): Promise<void> {
  await db.updateTable('funding_agreements').set({ updated_at: at }).where('id', '=', id).execute();
}

export async function listAgreementRows(db: Executor): Promise<AgreementRow[]> {
  return db.selectFrom('funding_agreements').selectAll().orderBy('starts_on', 'desc').orderBy('id', 'desc').execute();
}
