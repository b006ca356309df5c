import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asStoredBytes, rawText } from '../../support/raw-bytes';
import { callOk, seedAgreement, seedMember, seedOrganisation } from '../../support/seed';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';

const name = 'Rosalinda Cuauhtémoc-Vargas';
const label = 'Withdrawn member 1';

/**
 * The coordinator may type a worker's name into any text of an agreement; withdrawal must find it in
 * each (the erasure registry declares them 'typed'): a text declared otherwise would keep the name here.
 */
describe('a withdrawn member named in a funding agreement', () => {
  let temp: TempLedger;

  beforeEach(async () => {
    temp = await openTempLedger();
  });
  afterEach(async () => temp.close());

  it('leaves no trace of the name in the agreement, any of its entries or the file', async () => {
    const member = await seedMember(temp.dispatch, { displayName: name, alias: 'Heron', category: 'current_migrant_worker' });
    const lead = await seedOrganisation(temp.dispatch);
    const { id } = await seedAgreement(temp.dispatch, [lead.id], {
      title: `Harvest outreach with ${name}`,
      purpose: `Outreach led with ${name} in Abbotsford`,
      notes: `Contact: ${name}`,
    });
    await callOk(temp.dispatch, 'funding.deliverables.add', {
      agreementId: id,
      deliverable: { kind: 'milestone', description: `${name} trains peers`, dueOn: '2026-10-01', receivedOn: null, note: `Ask ${name} for photos` },
    });
    await callOk(temp.dispatch, 'funding.instalments.add', { agreementId: id, instalment: { dueOn: '2026-05-01', amountCents: 100, note: `Once ${name} confirms` } });
    await callOk(temp.dispatch, 'funding.claims.add', {
      agreementId: id,
      claim: { receivedOn: '2026-05-20', periodFrom: '2026-04-01', periodTo: '2026-04-30', amountCents: 100, note: `Receipts from ${name}` },
    });
    await callOk(temp.dispatch, 'funding.payments.add', { agreementId: id, payment: { paidOn: '2026-06-01', amountCents: 100, claimId: null, note: `Cheque via ${name}` } });
    await callOk(temp.dispatch, 'funding.amendments.add', { agreementId: id, amendment: { amendedOn: '2026-07-01', newAmountCents: 6_000_000, reason: `Asked for by ${name}` } });

    await callOk(temp.dispatch, 'members.withdraw', { id: member.id, confirmErasure: true });
    const agreement = await callOk(temp.dispatch, 'funding.agreements.get', { id });
    expect(agreement.title).toBe(`Harvest outreach with ${label}`);
    expect(agreement.purpose).toBe(`Outreach led with ${label} in Abbotsford`);
    expect(agreement.notes).toBe(`Contact: ${label}`);
    expect(agreement.deliverables[0]).toMatchObject({ description: `${label} trains peers`, note: `Ask ${label} for photos` });
    expect(agreement.instalments[0]!.note).toBe(`Once ${label} confirms`);
    expect(agreement.claims[0]!.note).toBe(`Receipts from ${label}`);
    expect(agreement.payments[0]!.note).toBe(`Cheque via ${label}`);
    expect(agreement.amendments[0]!.reason).toBe(`Asked for by ${label}`);

    temp.ledger.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    temp.ledger.sqlite.exec('VACUUM');
    temp.ledger.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(rawText(temp.ledger.path)).not.toContain(asStoredBytes('Cuauhtémoc'));
  });
});
