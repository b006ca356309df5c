import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asStoredBytes, rawText } from '../../support/raw-bytes';
import { callOk, seedAgreement, seedMember, seedOrganisation } from '../../support/seed';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';

const name = 'Rosalinda Cuauhtémoc-Vargas';

/** The coordinator may type a worker's name into any text of an agreement; withdrawal must find it there. */
describe('a withdrawn member named in a funding agreement', () => {
  let temp: TempLedger;

  beforeEach(async () => {
    temp = await openTempLedger();
  });
  afterEach(async () => temp.close());

  it('leaves no trace of the name in the agreement, its entries or the file', async () => {
    const member = await seedMember(temp.dispatch, { displayName: name, category: 'current_migrant_worker' });
    const lead = await seedOrganisation(temp.dispatch);
    const { id } = await seedAgreement(temp.dispatch, [lead.id], {
      purpose: `Outreach led with ${name} in Abbotsford`,
      notes: `Contact: ${name}`,
    });
    await callOk(temp.dispatch, 'funding.deliverables.add', {
      agreementId: id,
      deliverable: { kind: 'milestone', description: `${name} trains peers`, dueOn: '2026-10-01', receivedOn: null, note: null },
    });
    await callOk(temp.dispatch, 'funding.payments.add', { agreementId: id, payment: { paidOn: '2026-06-01', amountCents: 100, claimId: null, note: `Cheque via ${name}` } });
    await callOk(temp.dispatch, 'funding.amendments.add', { agreementId: id, amendment: { amendedOn: '2026-07-01', newAmountCents: 6_000_000, reason: `Asked for by ${name}` } });

    await callOk(temp.dispatch, 'members.withdraw', { id: member.id, confirmErasure: true });
    const agreement = await callOk(temp.dispatch, 'funding.agreements.get', { id });
    expect(agreement.purpose).toBe('Outreach led with Withdrawn member 1 in Abbotsford');
    expect(agreement.notes).toBe('Contact: Withdrawn member 1');
    expect(agreement.deliverables[0]!.description).toBe('Withdrawn member 1 trains peers');
    expect(agreement.payments[0]!.note).toBe('Cheque via Withdrawn member 1');
    expect(agreement.amendments[0]!.reason).toBe('Asked for by Withdrawn member 1');

    temp.ledger.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    temp.ledger.sqlite.exec('VACUUM');
    temp.ledger.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(rawText(temp.ledger.path)).not.toContain(asStoredBytes('Cuauhtémoc'));
  });
});
