import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agreementDraft, callOk, seedAgreement, seedOrganisation } from '../../support/seed';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';

describe('funding agreements', () => {
  let temp: TempLedger;
  let organisations: number[];

  beforeEach(async () => {
    temp = await openTempLedger();
    organisations = [
      (await seedOrganisation(temp.dispatch, { name: 'MOSAIC Pacific', size: 'large' })).id,
      (await seedOrganisation(temp.dispatch, { name: 'Dignidad Migrante', sector: 'worker_advocacy', size: 'grassroots' })).id,
      (await seedOrganisation(temp.dispatch, { name: 'Okanagan Workers Collective', sector: 'worker_advocacy', size: 'small' })).id,
    ];
  });
  afterEach(async () => temp.close());

  it('keeps an agreement with its lead and partners, each with a role, and where it came from', async () => {
    const group = await callOk(temp.dispatch, 'workingGroups.create', { group: { name: 'Funding working group', mandate: null, status: 'active' } });
    const created = await callOk(temp.dispatch, 'funding.agreements.create', {
      agreement: agreementDraft(organisations, { workingGroupId: group.id }, ['lead', 'partner', 'mentored']),
    });
    expect(created).toMatchObject({
      title: 'Harvest season outreach',
      stream: 'community_action',
      status: 'proposed',
      nextStatuses: ['approved', 'cancelled'],
      originalApprovedCents: 5_000_000,
      workingGroup: { id: group.id, name: 'Funding working group' },
      recommendation: null,
      money: { approvedCents: 5_000_000, paidCents: 0, balanceCents: 5_000_000 },
    });
    expect(created.parties.map((party) => [party.name, party.role])).toEqual([
      ['MOSAIC Pacific', 'lead'],
      ['Dignidad Migrante', 'partner'],
      ['Okanagan Workers Collective', 'mentored'],
    ]);
    const list = await callOk(temp.dispatch, 'funding.agreements.list', { search: 'dignidad' });
    expect(list.items).toEqual([expect.objectContaining({ id: created.id, lead: { id: organisations[0], name: 'MOSAIC Pacific' }, partnerCount: 2 })]);
    expect((await callOk(temp.dispatch, 'funding.agreements.list', { search: 'nobody' })).items).toEqual([]);
  });

  it('refuses an agreement without exactly one lead, naming an organisation twice, or ending before it starts', async () => {
    const twoLeads = await temp.dispatch('funding.agreements.create', { agreement: agreementDraft(organisations.slice(0, 2), {}, ['lead', 'lead']) });
    expect(twoLeads).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'agreement.parties', reason: 'oneLead' }] } });
    const twice = await temp.dispatch('funding.agreements.create', { agreement: agreementDraft([organisations[0]!, organisations[0]!]) });
    expect(twice).toMatchObject({ ok: false, error: { issues: [{ path: 'agreement.parties.1.organisationId', reason: 'organisationTwice' }] } });
    const backwards = await temp.dispatch('funding.agreements.create', { agreement: agreementDraft(organisations, { endsOn: '2026-03-31' }) });
    expect(backwards).toMatchObject({ ok: false, error: { issues: [{ path: 'agreement.endsOn', reason: 'endBeforeStartDate' }] } });
    const stranger = await temp.dispatch('funding.agreements.create', { agreement: agreementDraft([organisations[0]!, 9999]) });
    expect(stranger).toMatchObject({ ok: false, error: { reason: 'funding.organisationMissing', issues: [{ path: 'agreement.parties.1.organisationId' }] } });
    expect((await callOk(temp.dispatch, 'funding.agreements.list', {})).items).toEqual([]);
  });

  it('moves only along legal transitions; closed and cancelled are final', async () => {
    const { id } = await seedAgreement(temp.dispatch, organisations, {}, { status: 'proposed' });
    const refused = await temp.dispatch('funding.agreements.setStatus', { id, status: 'closed' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'illegal_transition', reason: 'funding.cannotMove', params: { from: 'proposed', to: 'closed' } } });
    for (const status of ['approved', 'active', 'closed'] as const) {
      expect((await callOk(temp.dispatch, 'funding.agreements.setStatus', { id, status })).status).toBe(status);
    }
    expect(await temp.dispatch('funding.agreements.setStatus', { id, status: 'active' })).toMatchObject({ ok: false, error: { reason: 'funding.cannotMove' } });
    const log = await callOk(temp.dispatch, 'audit.list', { limit: 50 });
    const statusChanges = log.items.filter((entry) => entry.operation === 'funding.agreements.setStatus');
    expect(statusChanges).toHaveLength(3);
  });

  it('changes the amount freely while proposed, then only by amendment', async () => {
    const { id } = await seedAgreement(temp.dispatch, organisations, {}, { status: 'proposed' });
    const raised = await callOk(temp.dispatch, 'funding.agreements.update', { id, agreement: agreementDraft(organisations, { approvedCents: 5_500_000 }) });
    expect(raised.money.approvedCents).toBe(5_500_000);
    await callOk(temp.dispatch, 'funding.agreements.setStatus', { id, status: 'approved' });
    const refused = await temp.dispatch('funding.agreements.update', { id, agreement: agreementDraft(organisations, { approvedCents: 6_000_000 }) });
    expect(refused).toMatchObject({ ok: false, error: { reason: 'funding.amountNeedsAmendment', issues: [{ path: 'agreement.approvedCents' }] } });
    const amended = await callOk(temp.dispatch, 'funding.amendments.add', {
      agreementId: id,
      amendment: { amendedOn: '2026-09-01', newAmountCents: 6_000_000, reason: 'A second region joined the project' },
    });
    expect(amended).toMatchObject({ originalApprovedCents: 5_500_000, money: { approvedCents: 6_000_000 } });
    expect(amended.amendments).toEqual([{ id: expect.any(Number), amendedOn: '2026-09-01', newAmountCents: 6_000_000, reason: 'A second region joined the project' }]);
  });

  it('records claims, splits one crossing March 31 by fiscal year, and puts each payment in its quarter', async () => {
    const { id } = await seedAgreement(temp.dispatch, organisations, { approvedCents: 100_000 });
    await callOk(temp.dispatch, 'funding.instalments.add', { agreementId: id, instalment: { dueOn: '2026-05-01', amountCents: 50_000, note: null } });
    await callOk(temp.dispatch, 'funding.instalments.add', { agreementId: id, instalment: { dueOn: '2027-04-15', amountCents: 50_000, note: null } });
    const claimed = await callOk(temp.dispatch, 'funding.claims.add', {
      agreementId: id,
      claim: { receivedOn: '2027-06-05', periodFrom: '2027-02-01', periodTo: '2027-05-31', amountCents: 100_000, note: null },
    });
    const claim = claimed.claims[0]!;
    expect(claim.byFiscalYear).toEqual([
      { fiscalYear: 2026, days: 59, amountCents: 49_167 },
      { fiscalYear: 2027, days: 61, amountCents: 50_833 },
    ]);
    expect(claim.quarter).toEqual({ fiscalYear: 2027, quarter: 1 });
    await callOk(temp.dispatch, 'funding.payments.add', { agreementId: id, payment: { paidOn: '2027-03-31', amountCents: 40_000, claimId: null, note: null } });
    const after = await callOk(temp.dispatch, 'funding.payments.add', {
      agreementId: id,
      payment: { paidOn: '2027-06-20', amountCents: 60_000, claimId: claim.id, note: 'Balance of the claim' },
    });
    expect(after.payments.map((payment) => payment.quarter)).toEqual([
      { fiscalYear: 2026, quarter: 4 },
      { fiscalYear: 2027, quarter: 1 },
    ]);
    expect(after.money).toMatchObject({ approvedCents: 100_000, plannedCents: 100_000, claimedCents: 100_000, paidCents: 100_000, balanceCents: 0 });
    expect(after.byQuarter).toEqual([
      { quarter: { fiscalYear: 2026, quarter: 1 }, plannedCents: 50_000, claimedCents: 0, paidCents: 0, paidToDateCents: 0 },
      { quarter: { fiscalYear: 2026, quarter: 4 }, plannedCents: 0, claimedCents: 0, paidCents: 40_000, paidToDateCents: 40_000 },
      { quarter: { fiscalYear: 2027, quarter: 1 }, plannedCents: 50_000, claimedCents: 100_000, paidCents: 60_000, paidToDateCents: 100_000 },
    ]);
  });

  it('refuses a payment beyond the amount approved, saves nothing, and accepts it after an amendment', async () => {
    const { id } = await seedAgreement(temp.dispatch, organisations, { approvedCents: 100_000 });
    await callOk(temp.dispatch, 'funding.payments.add', { agreementId: id, payment: { paidOn: '2026-06-01', amountCents: 80_000, claimId: null, note: null } });
    const auditBefore = (await callOk(temp.dispatch, 'audit.list', {})).total;
    const over = await temp.dispatch('funding.payments.add', { agreementId: id, payment: { paidOn: '2026-09-01', amountCents: 20_001, claimId: null, note: null } });
    expect(over).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: 'funding.overpayment', params: { on: '2026-09-01', paid: 100_001, approved: 100_000 } },
    });
    const unchanged = await callOk(temp.dispatch, 'funding.agreements.get', { id });
    expect(unchanged.payments).toHaveLength(1);
    expect((await callOk(temp.dispatch, 'audit.list', {})).total).toBe(auditBefore);

    // An amendment dated after the payment does not cover it; one dated that day does.
    await callOk(temp.dispatch, 'funding.amendments.add', { agreementId: id, amendment: { amendedOn: '2026-09-02', newAmountCents: 120_000, reason: 'Extra workshops' } });
    expect(await temp.dispatch('funding.payments.add', { agreementId: id, payment: { paidOn: '2026-09-01', amountCents: 20_001, claimId: null, note: null } })).toMatchObject({
      ok: false,
      error: { reason: 'funding.overpayment' },
    });
    const paid = await callOk(temp.dispatch, 'funding.payments.add', { agreementId: id, payment: { paidOn: '2026-09-02', amountCents: 20_001, claimId: null, note: null } });
    expect(paid.money).toMatchObject({ approvedCents: 120_000, paidCents: 100_001, balanceCents: 19_999 });

    // The amendment cannot now be removed, nor a payment raised past the amount.
    const amendmentId = paid.amendments[0]!.id;
    expect(await temp.dispatch('funding.amendments.remove', { id: amendmentId })).toMatchObject({ ok: false, error: { reason: 'funding.overpayment' } });
    const first = paid.payments[0]!;
    expect(
      await temp.dispatch('funding.payments.update', { id: first.id, payment: { paidOn: first.paidOn, amountCents: 100_000, claimId: null, note: null } }),
    ).toMatchObject({ ok: false, error: { reason: 'funding.overpayment' } });
    // Nor can an amendment lower the amount below what was paid.
    expect(
      await temp.dispatch('funding.amendments.add', { agreementId: id, amendment: { amendedOn: '2026-12-01', newAmountCents: 90_000, reason: 'Cut' } }),
    ).toMatchObject({ ok: false, error: { reason: 'funding.overpayment', params: { on: '2026-12-01' } } });
  });

  it('refuses money on a proposal or a cancelled agreement, and claims outside its dates', async () => {
    const { id } = await seedAgreement(temp.dispatch, organisations, {}, { status: 'proposed' });
    const payment = { paidOn: '2026-06-01', amountCents: 1_000, claimId: null, note: null };
    expect(await temp.dispatch('funding.payments.add', { agreementId: id, payment })).toMatchObject({
      ok: false,
      error: { code: 'illegal_transition', reason: 'funding.notPayable', params: { status: 'proposed' } },
    });
    await callOk(temp.dispatch, 'funding.agreements.setStatus', { id, status: 'approved' });
    const claim = { receivedOn: '2026-06-01', periodFrom: '2026-03-01', periodTo: '2026-05-31', amountCents: 1_000, note: null };
    expect(await temp.dispatch('funding.claims.add', { agreementId: id, claim })).toMatchObject({
      ok: false,
      error: { reason: 'funding.claimOutsideAgreement', issues: [{ path: 'claim.periodFrom' }] },
    });
    const inside = await callOk(temp.dispatch, 'funding.claims.add', { agreementId: id, claim: { ...claim, periodFrom: '2026-04-01' } });
    // New dates that would leave the claim outside are refused too.
    expect(await temp.dispatch('funding.agreements.update', { id, agreement: agreementDraft(organisations, { startsOn: '2026-05-01' }) })).toMatchObject({
      ok: false,
      error: { reason: 'funding.claimOutsideAgreement', issues: [{ path: 'agreement.startsOn' }] },
    });
    await callOk(temp.dispatch, 'funding.agreements.setStatus', { id, status: 'cancelled' });
    expect(await temp.dispatch('funding.payments.add', { agreementId: id, payment: { ...payment, claimId: inside.claims[0]!.id } })).toMatchObject({
      ok: false,
      error: { reason: 'funding.notPayable', params: { status: 'cancelled' } },
    });
  });

  it('audits every change with the operation that made it, removals included', async () => {
    const { id } = await seedAgreement(temp.dispatch, organisations);
    const planned = await callOk(temp.dispatch, 'funding.instalments.add', { agreementId: id, instalment: { dueOn: '2026-05-01', amountCents: 12_345, note: null } });
    const instalmentId = planned.instalments[0]!.id;
    await callOk(temp.dispatch, 'funding.instalments.update', { id: instalmentId, instalment: { dueOn: '2026-05-15', amountCents: 12_345, note: null } });
    await callOk(temp.dispatch, 'funding.instalments.remove', { id: instalmentId });
    expect(await temp.dispatch('funding.instalments.remove', { id: instalmentId })).toMatchObject({ ok: false, error: { reason: 'notFound.fundingEntry' } });
    const entries = (await callOk(temp.dispatch, 'audit.list', { limit: 100 })).items.filter((entry) => entry.entityType.startsWith('funding_'));
    expect(entries.map((entry) => entry.operation).reverse()).toEqual([
      'funding.agreements.create',
      'funding.instalments.add',
      'funding.instalments.update',
      'funding.instalments.remove',
    ]);
    const removal = entries.find((entry) => entry.operation === 'funding.instalments.remove')!;
    expect(removal.changedFields).toEqual(expect.arrayContaining(['dueOn', 'amountCents', 'removed']));
  });
});
