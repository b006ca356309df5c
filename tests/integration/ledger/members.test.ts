import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { memberDraft } from '../../support/member-drafts';
import { onPostgres } from '../../support/test-engine';

let temp: TempLedger;
beforeEach(async () => {
  temp = await openTempLedger();
});
afterEach(async () => {
  await temp.close();
});

async function create(overrides: Parameters<typeof memberDraft>[0] = {}) {
  const result = await temp.dispatch('members.create', { member: memberDraft(overrides) });
  if (!result.ok) throw new Error(result.error.message);
  return result.data as { id: number; displayName: string; organisationId: number | null };
}

async function searchNames(search: string): Promise<string[]> {
  const result = await temp.dispatch('members.list', { search });
  if (!result.ok) throw new Error(result.error.message);
  return (result.data as { items: { displayName: string }[] }).items.map((item) => item.displayName).sort();
}

describe('members in the ledger', () => {
  it.skipIf(onPostgres)('opens every connection with WAL, foreign keys on and synchronous FULL', () => {
    expect(temp.ledger.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(temp.ledger.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(temp.ledger.sqlite.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('creates a member with languages in order and an organisation found by name regardless of case', async () => {
    const first = await create({ displayName: 'Sarah Thompson', category: 'union', alias: null, organisationName: 'Hospitality Workers Local 40', languages: ['en', 'fr'], preferredLanguage: 'en' });
    const second = await create({ displayName: 'David Chen', category: 'union', alias: null, organisationName: 'hospitality workers local 40', email: 'david@example.org' });
    expect(second.organisationId).toBe(first.organisationId);
    const fetched = await temp.dispatch('members.get', { id: first.id });
    expect(fetched).toMatchObject({ ok: true, data: { languages: ['en', 'fr'], organisationName: 'Hospitality Workers Local 40', active: true } });
    const organisations = await temp.ledger.db.selectFrom('organisations').selectAll().execute();
    expect(organisations).toHaveLength(1);
  });

  it('updates a member and records only the changed fields in the audit log', async () => {
    const member = await create();
    const updated = await temp.dispatch('members.update', { id: member.id, member: memberDraft({ phone: '+1 250 555 0000', leftOn: '2025-01-31' }) });
    expect(updated).toMatchObject({ ok: true, data: { phone: '+1 250 555 0000', active: false } });
    const audit = await temp.ledger.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
    expect(audit.map((entry) => entry.operation)).toEqual(['members.create', 'members.update']);
    expect(JSON.parse(audit[1]!.changes)).toEqual({
      phone: { from: '+1 604 555 0101', to: '+1 250 555 0000' },
      leftOn: { from: null, to: '2025-01-31' },
    });
  });

  it('refuses to update a member that does not exist, and writes nothing', async () => {
    const result = await temp.dispatch('members.update', { id: 999, member: memberDraft() });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const audit = await temp.ledger.db.selectFrom('audit_log').selectAll().execute();
    expect(audit).toHaveLength(0);
  });

  it('finds members ignoring accents and case, by part of a name in any script', async () => {
    await create({ displayName: 'María José Núñez', email: null });
    await create({ displayName: '王小梅', alias: 'Worker W', email: null, languages: ['zh'], preferredLanguage: 'zh' });
    await create({ displayName: 'ਹਰਪ੍ਰੀਤ ਸਿੰਘ', alias: 'Worker H', email: null, languages: ['pa'], preferredLanguage: 'pa' });
    await create({ displayName: 'Nguyễn Thị Hoa', alias: 'Worker N', email: null, languages: ['vi'], preferredLanguage: 'vi' });
    expect(await searchNames('nunez')).toEqual(['María José Núñez']);
    expect(await searchNames('NÚÑEZ maria')).toEqual(['María José Núñez']);
    expect(await searchNames('小梅')).toEqual(['王小梅']);
    expect(await searchNames('ਸਿੰਘ')).toEqual(['ਹਰਪ੍ਰੀਤ ਸਿੰਘ']);
    expect(await searchNames('nguyen thi')).toEqual(['Nguyễn Thị Hoa']);
    expect(await searchNames('worker h')).toEqual(['Nguyễn Thị Hoa', 'ਹਰਪ੍ਰੀਤ ਸਿੰਘ']);
    expect(await searchNames('"; drop table members; --')).toEqual([]);
  });

  it('filters by category, language and status, and pages through results', async () => {
    await create({ displayName: 'A Worker', email: null });
    await create({ displayName: 'B Employer', category: 'employer', alias: null, languages: ['en'], preferredLanguage: 'en', email: null });
    await create({ displayName: 'C Former', category: 'former_migrant_worker', languages: ['tl'], preferredLanguage: 'tl', leftOn: '2025-02-01', email: null });
    const byCategory = await temp.dispatch('members.list', { category: 'employer' });
    expect(byCategory).toMatchObject({ ok: true, data: { total: 1, items: [{ displayName: 'B Employer' }] } });
    const byLanguage = await temp.dispatch('members.list', { language: 'tl' });
    expect(byLanguage).toMatchObject({ ok: true, data: { total: 1, items: [{ displayName: 'C Former' }] } });
    const active = await temp.dispatch('members.list', { active: 'active' });
    expect(active).toMatchObject({ ok: true, data: { total: 2 } });
    const secondPage = await temp.dispatch('members.list', { limit: 2, offset: 2 });
    expect(secondPage).toMatchObject({ ok: true, data: { total: 3, items: [{ displayName: 'C Former' }] } });
  });
});
