import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { ok } from './registry-fixtures';
import { ledgerValue } from '../../support/ledger-rows';

describe('the demo network includes the registry', () => {
  let temp: TempLedger;
  beforeEach(async () => {
    temp = await openTempLedger();
  });
  afterEach(async () => temp.close());

  it('has working groups with a chair and a co-chair each, organisation sectors, and a consent entry matching every member', async () => {
    await ok(temp.dispatch, 'ledger.loadDemo', {});
    const groups = await ok<{ items: { name: string; status: string; chairNames: string[]; currentMemberCount: number }[] }>(temp.dispatch, 'workingGroups.list', {});
    expect(groups.items.map((group) => group.status).sort()).toEqual(['active', 'active', 'active', 'closed']);
    for (const group of groups.items.filter((item) => item.status === 'active')) {
      expect(group.currentMemberCount, group.name).toBe(8);
      expect(group.chairNames, group.name).toHaveLength(2);
    }
    const organisations = await ok<{ items: { sector: string | null }[] }>(temp.dispatch, 'organisations.list', {});
    expect(organisations.items.length).toBeGreaterThan(0);
    expect(organisations.items.every((organisation) => organisation.sector !== null)).toBe(true);

    const mismatched = await ledgerValue(
      temp.ledger,
      `select count(*) as n from members m join member_consents c on c.member_id = m.id
       where c.may_contact != m.may_contact or c.may_be_named != m.may_be_named`,
    );
    expect(mismatched).toBe(0);
    expect(await ledgerValue(temp.ledger, 'select count(distinct member_id) as n from member_consents')).toBe(150);
  });
});
