import type { ConsentEntry, ConsentMethod } from '../../../shared/domain/consent';
import type { Executor } from '../database';
import type { MemberConsentRow } from './consent-table';

export interface ConsentValues {
  mayContact: boolean;
  mayBeNamed: boolean;
  testimonyMayBeRecorded: boolean;
  mayAppearInPhotos: boolean;
  givenOn: string;
  method: ConsentMethod;
  note: string | null;
}

const bit = (value: boolean) => (value ? 1 : 0);

function entryFromRow(row: MemberConsentRow): ConsentEntry {
  return {
    id: row.id,
    memberId: row.member_id,
    mayContact: row.may_contact === 1,
    mayBeNamed: row.may_be_named === 1,
    testimonyMayBeRecorded: row.testimony_may_be_recorded === 1,
    mayAppearInPhotos: row.may_appear_in_photos === 1,
    givenOn: row.given_on,
    method: row.method as ConsentMethod,
    note: row.note,
    recordedAt: row.recorded_at,
  };
}

/** Newest first: the first entry is the consent in force. */
export async function consentHistory(db: Executor, memberId: number): Promise<ConsentEntry[]> {
  const rows = await db
    .selectFrom('member_consents')
    .selectAll()
    .where('member_id', '=', memberId)
    .orderBy('id', 'desc')
    .execute();
  return rows.map(entryFromRow);
}

export async function latestConsent(db: Executor, memberId: number): Promise<ConsentEntry | undefined> {
  const row = await db
    .selectFrom('member_consents')
    .selectAll()
    .where('member_id', '=', memberId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? entryFromRow(row) : undefined;
}

/**
 * Appends an entry (never updates one) and copies the two flags other areas read
 * (members.may_contact, members.may_be_named) so they always match the latest consent.
 */
export async function appendConsent(db: Executor, memberId: number, values: ConsentValues, at: string): Promise<ConsentEntry> {
  const row = await db
    .insertInto('member_consents')
    .values({
      member_id: memberId,
      may_contact: bit(values.mayContact),
      may_be_named: bit(values.mayBeNamed),
      testimony_may_be_recorded: bit(values.testimonyMayBeRecorded),
      may_appear_in_photos: bit(values.mayAppearInPhotos),
      given_on: values.givenOn,
      method: values.method,
      note: values.note,
      recorded_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db
    .updateTable('members')
    .set({ may_contact: bit(values.mayContact), may_be_named: bit(values.mayBeNamed) })
    .where('id', '=', memberId)
    .execute();
  return entryFromRow(row);
}
