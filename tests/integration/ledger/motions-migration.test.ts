import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../electron/handlers/dispatch';
import { openLedger } from '../../../electron/ledger/ledger';
import { migrations } from '../../../electron/ledger/migrations';
import type { RecommendationDetail } from '../../../shared/contract/recommendations';
import type { Vote } from '../../../shared/domain/vote';
import { addMeeting, addMembers, markPresent } from '../recommendations/recommendation-fixtures';
import { makeTempDir } from '../../support/temp-ledger';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

// Written as the app before motions wrote them: plain SQL against the older schema.
const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '2026-11-30-701'));

describe('migration 2026-11-30-701 (motions)', () => {
  it('keeps every recorded vote, its ballots and its trail, as a motion on the recommendation’s first version', async () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const file = path.join(dir, 'ledger.sqlite');
    const old = await openLedger({ path: file, migrations: before });
    const plenary = await addMeeting(old, { title: 'Winter plenary', heldOn: '2026-12-05' });
    const members = await addMembers(old, ['current_migrant_worker', 'union', 'employer']);
    await markPresent(old, plenary, members);
    const at = '2026-12-05T20:00:00.000Z';
    await sql`insert into recommendations (id, kind, title, text, drafted_on, status, status_on, status_meeting_id, implementation_status, created_at, updated_at)
      values (1, 'policy', 'Open work permits', 'Open permits for all.', '2026-10-01', 'adopted', '2026-12-05', ${plenary}, 'not_started', ${at}, ${at})`.execute(old.db);
    await sql`insert into votes (id, meeting_id, recommendation_id, method, rule, votes_for, votes_against, abstentions, blocks,
      members_present, voting_members, quorum_required, quorum_met, result, votes_needed, note, recorded_at)
      values (7, ${plenary}, 1, 'roll_call', 'simple_majority', 2, 1, 0, 0, 3, 3, 2, 1, 'carried', 2, 'Hands counted twice', ${at})`.execute(old.db);
    for (const [index, memberId] of members.entries()) {
      await sql`insert into vote_ballots (vote_id, member_id, choice) values (7, ${memberId}, ${index === 2 ? 'against' : 'for'})`.execute(old.db);
    }
    await sql`insert into recommendation_events (recommendation_id, kind, from_value, to_value, occurred_on, meeting_id, vote_id, recorded_at)
      values (1, 'status', 'tabled', 'adopted', '2026-12-05', ${plenary}, 7, ${at})`.execute(old.db);
    await old.close();

    const ledger = await openLedger({ path: file });
    try {
      const dispatch = createDispatcher({ ledger, dataDir: dir }, () => undefined);
      const listed = await dispatch('votes.listForMeeting', { meetingId: plenary });
      if (!listed.ok) throw new Error(listed.error.message);
      const [vote] = listed.data as Vote[];
      expect(vote).toMatchObject({
        id: 7,
        motion: { kind: 'recommendation', recommendationId: 1, textVersion: 1, text: 'Open permits for all.', procedure: null },
        mover: null,
        seconder: null,
        result: 'carried',
        tally: { for: 2, against: 1, abstain: 0, block: 0 },
        note: 'Hands counted twice',
        voided: null,
        corrections: [],
      });
      expect(vote?.ballots.map((ballot) => ballot.choice)).toEqual(['for', 'for', 'against']);
      const detail = await dispatch('recommendations.get', { id: 1 });
      if (!detail.ok) throw new Error(detail.error.message);
      const { versions, events } = detail.data as RecommendationDetail;
      expect(versions).toEqual([expect.objectContaining({ number: 1, source: 'drafted', text: 'Open permits for all.', madeOn: '2026-10-01' })]);
      expect(events.at(-1)).toMatchObject({ voteId: 7, toValue: 'adopted' });
      // The rebuilt table still hands out ids after the old ones, and its children still point at it.
      const fks = await sql<{ table: string }>`select "table" from pragma_foreign_key_list('vote_ballots')`.execute(ledger.db);
      expect(fks.rows.map((row) => row.table)).toContain('votes');
      const seq = await sql<{ seq: number }>`select seq from sqlite_sequence where name = 'votes'`.execute(ledger.db);
      expect(seq.rows[0]?.seq).toBe(7);
    } finally {
      await ledger.close();
    }
  });
});
