import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { memberDraft } from '../../support/member-drafts';

let temp: TempLedger;
beforeEach(async () => {
  temp = await openTempLedger();
});
afterEach(async () => {
  await temp.close();
});

async function memberRowCount(): Promise<number> {
  const rows = await temp.ledger.db.selectFrom('members').select('id').execute();
  return rows.length;
}

describe('every input is validated before a handler runs', () => {
  const badInputs: [string, unknown, string, RegExp][] = [
    ['a bad email', { member: memberDraft({ email: 'maria-at-example' }) }, 'member.email', /email address/],
    ['an impossible date', { member: memberDraft({ joinedOn: '2025-02-30' }) }, 'member.joinedOn', /real date/],
    ['an unknown category', { member: { ...memberDraft(), category: 'landlord' } }, 'member.category', /./],
    ['an unknown language', { member: { ...memberDraft(), languages: ['xx'] } }, 'member.languages.0', /not a language the app knows/],
    ['a preferred language not spoken', { member: memberDraft({ preferredLanguage: 'tl' }) }, 'member.preferredLanguage', /languages spoken/],
    ['a wrong type', { member: { ...memberDraft(), mayContact: 'yes' } }, 'member.mayContact', /boolean/],
    ['an empty name', { member: memberDraft({ displayName: '   ' }) }, 'member.displayName', /required/],
    ['a huge name', { member: memberDraft({ displayName: 'x'.repeat(10_000) }) }, 'member.displayName', /at most 200/],
    ['an unknown field', { member: { ...memberDraft(), isAdmin: true } }, 'member', /isAdmin/],
    ['a field at the top level', { member: memberDraft(), id: 4 }, '', /id/],
    ['a missing member', {}, 'member', /./],
    ['not an object at all', 'DROP TABLE members', '', /./],
  ];

  it.each(badInputs)('refuses %s, names the field, and writes nothing', async (_name, input, path, message) => {
    const result = await temp.dispatch('members.create', input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    const issue = result.error.issues?.find((candidate) => candidate.path === path);
    expect(issue?.message).toMatch(message);
    expect(result.error.message).toContain('members.create');
    expect(await memberRowCount()).toBe(0);
    const audit = await temp.ledger.db.selectFrom('audit_log').select('id').execute();
    expect(audit).toHaveLength(0);
  });

  it('refuses an operation that is not in the contract', async () => {
    const result = await temp.dispatch('members.deleteAll', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_operation', message: 'There is no operation named "members.deleteAll"' } });
  });

  it('refuses prototype tricks in operation names', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const result = await temp.dispatch(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    }
  });

  it('accepts a valid input and returns only the promised fields', async () => {
    const result = await temp.dispatch('members.create', { member: memberDraft() });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.data as object).sort()).toEqual(
      ['active', 'alias', 'category', 'createdAt', 'displayName', 'email', 'id', 'joinedOn', 'kind', 'languages', 'leftOn', 'mayBeNamed', 'mayContact', 'notes', 'organisationId', 'organisationName', 'phone', 'preferredLanguage', 'province', 'updatedAt', 'version', 'withdrawnAt'].sort(),
    );
  });
});
