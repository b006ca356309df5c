import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk, seedAgreement, seedOrganisation } from '../../support/seed';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';

const report = (kind: 'interim_report' | 'final_report' | 'milestone', dueOn: string, receivedOn: string | null = null, description: string | null = null) => ({
  kind,
  description,
  dueOn,
  receivedOn,
  note: null,
});

describe('what agreements owe, and who works with whom', () => {
  let temp: TempLedger;

  beforeEach(async () => {
    // Noon local time, so "today" is 2026-11-15 in any time zone the tests run in.
    temp = await openTempLedger({ now: () => new Date(2026, 10, 15, 12, 0, 0) });
  });
  afterEach(async () => temp.close());

  it('lists reports and milestones due in the next 30 days and overdue ones, of agreements that owe them', async () => {
    const lead = await seedOrganisation(temp.dispatch, { name: 'MOSAIC Pacific' });
    const partner = await seedOrganisation(temp.dispatch, { name: 'Dignidad Migrante', sector: 'worker_advocacy', size: 'grassroots' });
    const active = await seedAgreement(temp.dispatch, [lead.id, partner.id], { title: 'Harvest outreach' });
    const proposal = await seedAgreement(temp.dispatch, [lead.id], { title: 'Not yet approved' }, { status: 'proposed' });
    for (const deliverable of [
      report('interim_report', '2026-11-10'), // overdue
      report('interim_report', '2026-11-15'), // due today
      report('milestone', '2026-12-15', null, 'Ten workshops held'), // day 30: still in the window
      report('final_report', '2026-12-16'), // day 31: not yet
      report('interim_report', '2026-10-01', '2026-09-30'), // received
    ]) {
      await callOk(temp.dispatch, 'funding.deliverables.add', { agreementId: active.id, deliverable });
    }
    await callOk(temp.dispatch, 'funding.deliverables.add', { agreementId: proposal.id, deliverable: report('interim_report', '2026-11-01') });

    const due = await callOk(temp.dispatch, 'funding.due', {});
    expect(due.today).toBe('2026-11-15');
    expect(due.overdue.map((item) => [item.agreementTitle, item.kind, item.dueOn, item.lead])).toEqual([
      ['Harvest outreach', 'interim_report', '2026-11-10', 'MOSAIC Pacific'],
    ]);
    expect(due.dueSoon.map((item) => [item.kind, item.dueOn, item.description])).toEqual([
      ['interim_report', '2026-11-15', null],
      ['milestone', '2026-12-15', 'Ten workshops held'],
    ]);

    // Receiving the overdue report takes it off the Dashboard.
    const overdue = due.overdue[0]!;
    await callOk(temp.dispatch, 'funding.deliverables.update', { id: overdue.id, deliverable: report('interim_report', overdue.dueOn, '2026-11-14') });
    expect((await callOk(temp.dispatch, 'funding.due', {})).overdue).toEqual([]);
  });

  it('a milestone needs a description; a report is named by its kind', async () => {
    const lead = await seedOrganisation(temp.dispatch);
    const { id } = await seedAgreement(temp.dispatch, [lead.id]);
    expect(await temp.dispatch('funding.deliverables.add', { agreementId: id, deliverable: report('milestone', '2026-12-01') })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'deliverable.description', reason: 'required' }] },
    });
  });

  it('shows on each organisation its agreements, partners, mentors and those it mentors; the list shows agreements', async () => {
    const mosaic = await seedOrganisation(temp.dispatch, { name: 'MOSAIC Pacific', size: 'large' });
    const dignidad = await seedOrganisation(temp.dispatch, { name: 'Dignidad Migrante', sector: 'worker_advocacy', size: 'grassroots' });
    const union = await seedOrganisation(temp.dispatch, { name: 'BC Farmworkers Union', sector: 'union', size: 'medium' });
    const other = await seedOrganisation(temp.dispatch, { name: 'Unrelated Society', size: null });
    const outreach = await seedAgreement(temp.dispatch, [mosaic.id, dignidad.id, union.id], { title: 'Harvest outreach' }, { roles: ['lead', 'mentored', 'mentor'] });
    await seedAgreement(temp.dispatch, [other.id, dignidad.id], { title: 'Cancelled idea' }, { status: 'cancelled' });

    const page = await callOk(temp.dispatch, 'funding.organisation', { organisationId: dignidad.id });
    expect(page.agreements.map((agreement) => [agreement.title, agreement.role, agreement.status])).toEqual(
      expect.arrayContaining([
        ['Harvest outreach', 'mentored', 'active'],
        ['Cancelled idea', 'partner', 'cancelled'],
      ]),
    );
    // A cancelled agreement shows on the page, but makes no partnership.
    expect(page.partners.map((partner) => [partner.name, partner.size, partner.agreementIds])).toEqual([
      ['BC Farmworkers Union', 'medium', [outreach.id]],
      ['MOSAIC Pacific', 'large', [outreach.id]],
    ]);
    expect(page.mentors.map((mentor) => mentor.name)).toEqual(['BC Farmworkers Union']);
    expect(page.mentoring).toEqual([]);
    const unionPage = await callOk(temp.dispatch, 'funding.organisation', { organisationId: union.id });
    expect(unionPage.mentoring.map((mentee) => mentee.name)).toEqual(['Dignidad Migrante']);

    const list = await callOk(temp.dispatch, 'organisations.list', {});
    const row = list.items.find((item) => item.id === dignidad.id)!;
    expect(row.size).toBe('grassroots');
    expect(row.agreements.map((agreement) => [agreement.title, agreement.role])).toEqual(
      expect.arrayContaining([
        ['Harvest outreach', 'mentored'],
        ['Cancelled idea', 'partner'],
      ]),
    );
    expect(list.items.find((item) => item.id === other.id)!.agreements).toHaveLength(1);
  });
});
