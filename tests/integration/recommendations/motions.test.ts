import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecommendationDetail } from '../../../shared/contract/recommendations';
import type { MeetingDetail } from '../../../shared/domain/meeting-detail';
import type { Minutes } from '../../../shared/domain/minutes';
import type { Recommendation } from '../../../shared/domain/recommendation';
import type { ReportFile } from '../../../shared/domain/report';
import type { Vote, VoteDraftInput } from '../../../shared/domain/vote';
import type { Envelope } from '../../../shared/errors';
import { docxParagraphs } from '../../support/read-zip';
import { readReleases } from '../../support/read-releases';
import { openTempLedger, type TempLedger } from '../../support/temp-ledger';
import { addMeeting, addMembers, markPresent, recommendationInput } from './recommendation-fixtures';

// The plenaries below took place before "today", so minutes can be approved at them.
const today = new Date('2026-12-20T12:00:00.000Z');
const amendedText = 'The Network recommends that every migrant worker receive an open work permit within one year.';

let temp: TempLedger;
let plenary: number;
let members: number[];
let recommendationId: number;

type Recorded = { vote: Vote; recommendation: Recommendation | null };

function data<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.data as T;
}

const bytesOf = (file: ReportFile) => Buffer.from(file.base64, 'base64');

beforeEach(async () => {
  temp = await openTempLedger({ now: () => today });
  plenary = await addMeeting(temp.ledger, { title: 'Winter plenary', heldOn: '2026-12-05' });
  members = await addMembers(temp.ledger, ['current_migrant_worker', 'current_migrant_worker', 'union', 'employer', 'settlement_agency', 'academic_legal', 'union', 'government_bc', 'employer']);
  await markPresent(temp.ledger, plenary, members);
  const created = data<RecommendationDetail>(await temp.dispatch('recommendations.create', { recommendation: recommendationInput() }));
  recommendationId = created.recommendation.id;
  data(await temp.dispatch('recommendations.changeStatus', { id: recommendationId, change: { to: 'tabled', on: '2026-11-20', meetingId: plenary } }));
});
afterEach(async () => {
  await temp.close();
});

/** A show of hands moved by a migrant worker (shown by alias) and seconded by a union member. */
function motion(motionDraft: VoteDraftInput['motion'], tally = { for: 6, against: 2, abstain: 1, block: 0 }, meetingId = plenary): { vote: VoteDraftInput } {
  return {
    vote: {
      meetingId,
      motion: motionDraft,
      moverMemberId: members[0] as number,
      seconderMemberId: members[2] as number,
      method: 'show_of_hands',
      rule: 'simple_majority',
      tally,
    },
  };
}

async function detail(): Promise<RecommendationDetail> {
  return data<RecommendationDetail>(await temp.dispatch('recommendations.get', { id: recommendationId }));
}

async function minutesText(meetingId: number, audience: 'members' | 'shared' = 'members'): Promise<string> {
  const hits = data<{ hits: { key: string }[] }>(
    await temp.dispatch('reports.meeting.redactionCheck', { meetingId, document: audience === 'members' ? 'minutes_members' : 'minutes_shared' }),
  );
  const file = data<ReportFile>(
    await temp.dispatch('reports.minutes.generate', { meetingId, language: 'en', audience, confirmedHits: hits.hits.map((hit) => hit.key) }),
  );
  return docxParagraphs(bytesOf(file)).join('\n');
}

async function auditOf(operation: string) {
  return temp.ledger.db.selectFrom('audit_log').selectAll().where('operation', '=', operation).execute();
}

describe('amendments', () => {
  it('an amendment carried, then the recommendation carried: a new version, and the minutes show both', async () => {
    const amendment = data<Recorded>(await temp.dispatch('votes.record', motion({ kind: 'amendment', recommendationId, text: amendedText })));
    expect(amendment.vote).toMatchObject({ result: 'carried', motion: { kind: 'amendment', textVersion: 1, text: amendedText } });
    expect(amendment.recommendation).toMatchObject({ status: 'tabled', text: amendedText });

    // The packet still shows the words as tabled.
    const packet = data<ReportFile>(await temp.dispatch('reports.plenaryPacket.generate', { meetingId: plenary, language: 'en', confirmedHits: [] }));
    const packetText = docxParagraphs(bytesOf(packet)).join('\n');
    expect(packetText).toContain(recommendationInput().text);
    expect(packetText).not.toContain(amendedText);

    const main = data<Recorded>(await temp.dispatch('votes.record', motion({ kind: 'recommendation', recommendationId })));
    expect(main.vote.motion).toMatchObject({ textVersion: 2, text: amendedText });
    expect(main.recommendation).toMatchObject({ status: 'adopted', text: amendedText });

    const versions = (await detail()).versions;
    expect(versions.map(({ number, source, text, voteId, meetingTitle, madeOn }) => ({ number, source, text, voteId, meetingTitle, madeOn }))).toEqual([
      { number: 1, source: 'drafted', text: recommendationInput().text, voteId: null, meetingTitle: null, madeOn: '2026-10-15' },
      { number: 2, source: 'amended', text: amendedText, voteId: amendment.vote.id, meetingTitle: 'Winter plenary', madeOn: '2026-12-05' },
    ]);
    expect((await detail()).votes.map((vote) => vote.motion.kind)).toEqual(['amendment', 'recommendation']);

    data(await temp.dispatch('minutes.start', { meetingId: plenary }));
    const text = await minutesText(plenary);
    expect(text).toContain('Amendment to the recommendation “Open work permits for seasonal workers”');
    expect(text).toContain(`Proposed text\n${amendedText}`);
    expect(text).toContain('The recommendation’s text is amended as proposed.');
    expect(text).toContain(`Text put to the vote, as amended above\n${amendedText}`);
    expect(text).toContain('The recommendation is adopted.');
    // The mover is a migrant worker without consent to be named: the alias, never the name.
    expect(text).toContain('Moved by Worker 1, seconded by Member 3.');
    expect(text).not.toContain('Moved by Member 1');
    expect(text.indexOf('Amendment to the recommendation')).toBeLessThan(text.indexOf('Text put to the vote'));
  });

  it('a revision by the working group is a version of its own; a change of title alone is not', async () => {
    const draft = data<RecommendationDetail>(await temp.dispatch('recommendations.create', { recommendation: recommendationInput({ title: 'Draft' }) }));
    const id = draft.recommendation.id;
    await temp.dispatch('recommendations.update', { id, recommendation: recommendationInput({ title: 'Draft, renamed' }) });
    const revised = data<RecommendationDetail>(
      await temp.dispatch('recommendations.update', { id, recommendation: recommendationInput({ title: 'Draft, renamed', text: amendedText }) }),
    );
    expect(revised.versions.map(({ number, source, madeOn }) => [number, source, madeOn])).toEqual([
      [1, 'drafted', '2026-10-15'],
      [2, 'revised', '2026-12-20'],
    ]);
  });

  it('an amendment defeated leaves the text as it was', async () => {
    const defeated = data<Recorded>(
      await temp.dispatch('votes.record', motion({ kind: 'amendment', recommendationId, text: amendedText }, { for: 2, against: 6, abstain: 1, block: 0 })),
    );
    expect(defeated.vote.result).toBe('defeated');
    expect(defeated.recommendation).toMatchObject({ status: 'tabled', text: recommendationInput().text });
    expect((await detail()).versions.map((version) => version.number)).toEqual([1]);
  });

  it('refuses an amendment that changes nothing, and one moved by someone not present', async () => {
    const same = await temp.dispatch('votes.record', motion({ kind: 'amendment', recommendationId, text: recommendationInput().text }));
    expect(same.ok === false && same.error.issues?.[0]).toMatchObject({ path: 'vote.motion.text', reason: 'vote.amendmentUnchanged' });
    const [absent] = await addMembers(temp.ledger, ['union']);
    const stranger = await temp.dispatch('votes.record', { vote: { ...motion({ kind: 'recommendation', recommendationId }).vote, moverMemberId: absent } });
    expect(stranger.ok === false && stranger.error.issues?.[0]).toMatchObject({ path: 'vote.moverMemberId', reason: 'vote.moverNotPresent' });
    const alone = await temp.dispatch('votes.record', { vote: { ...motion({ kind: 'recommendation', recommendationId }).vote, seconderMemberId: members[0] } });
    expect(alone.ok === false && alone.error.issues?.[0]?.path).toBe('vote.seconderMemberId');
    expect((await detail()).votes).toHaveLength(0);
  });
});

describe('corrections', () => {
  it('a correction that flips the result moves the recommendation back, keeps what it replaced, and is audited', async () => {
    const recorded = data<Recorded>(await temp.dispatch('votes.record', motion({ kind: 'recommendation', recommendationId })));
    expect(recorded.recommendation?.status).toBe('adopted');
    const corrected = data<Recorded>(
      await temp.dispatch('votes.correct', {
        voteId: recorded.vote.id,
        correction: { tally: { for: 2, against: 6, abstain: 1, block: 0 }, reason: 'For and against were typed the wrong way round' },
      }),
    );
    expect(corrected.vote).toMatchObject({ result: 'defeated', tally: { for: 2, against: 6 } });
    expect(corrected.vote.corrections).toEqual([
      expect.objectContaining({
        kind: 'corrected',
        reason: 'For and against were typed the wrong way round',
        before: { tally: { for: 6, against: 2, abstain: 1, block: 0 }, result: 'carried' },
        afterResult: 'defeated',
        correctedOn: '2026-12-20',
      }),
    ]);
    expect(corrected.recommendation).toMatchObject({ status: 'rejected', implementationStatus: null });
    const trail = (await detail()).events;
    expect(trail.at(-1)).toMatchObject({ fromValue: 'adopted', toValue: 'rejected', voteId: recorded.vote.id, note: 'Vote corrected: For and against were typed the wrong way round' });

    const entry = (await auditOf('votes.correct')).find((row) => row.entity_type === 'vote');
    expect(entry?.changes).toContain('For and against were typed the wrong way round');
    expect(entry?.changes).toContain('defeated');
    expect((await auditOf('votes.correct')).map((row) => row.entity_type).sort()).toEqual(['recommendation', 'vote']);

    // Voiding it puts the recommendation back where it stood before the vote: tabled at this plenary.
    const voided = data<Recorded>(await temp.dispatch('votes.void', { voteId: recorded.vote.id, reason: 'Taken before the debate had ended' }));
    expect(voided.vote.voided).toEqual({ on: '2026-12-20', reason: 'Taken before the debate had ended' });
    expect(voided.recommendation).toMatchObject({ status: 'tabled', statusMeetingId: plenary, statusOn: '2026-11-20' });
    const again = data<Recorded>(await temp.dispatch('votes.record', motion({ kind: 'recommendation', recommendationId })));
    expect(again.recommendation?.status).toBe('adopted');
    data(await temp.dispatch('minutes.start', { meetingId: plenary }));
    const text = await minutesText(plenary);
    expect(text.match(/The recommendation is adopted\./g)).toHaveLength(1);
    expect(text).not.toContain('Taken before the debate had ended');
  });

  it('a correction of an amendment restores the words as a new version; one that changes nothing is refused', async () => {
    const amendment = data<Recorded>(await temp.dispatch('votes.record', motion({ kind: 'amendment', recommendationId, text: amendedText })));
    const unchanged = await temp.dispatch('votes.correct', { voteId: amendment.vote.id, correction: { tally: { for: 6, against: 2, abstain: 1, block: 0 }, reason: 'Checking' } });
    expect(unchanged.ok === false && unchanged.error.issues?.[0]?.reason).toBe('vote.correctionUnchanged');
    const main = data<Recorded>(await temp.dispatch('votes.record', motion({ kind: 'recommendation', recommendationId })));
    const blocked = await temp.dispatch('votes.correct', { voteId: amendment.vote.id, correction: { tally: { for: 3, against: 5, abstain: 1, block: 0 }, reason: 'Miscounted' } });
    expect(blocked.ok === false && blocked.error.reason).toBe('vote.laterVote');
    data(await temp.dispatch('votes.void', { voteId: main.vote.id, reason: 'Recorded twice by mistake' }));
    const restored = data<Recorded>(
      await temp.dispatch('votes.correct', { voteId: amendment.vote.id, correction: { tally: { for: 3, against: 5, abstain: 1, block: 0 }, reason: 'Miscounted' } }),
    );
    expect(restored.recommendation).toMatchObject({ status: 'tabled', text: recommendationInput().text });
    expect((await detail()).versions.map((version) => [version.number, version.source, version.voteId])).toEqual([
      [1, 'drafted', null],
      [2, 'amended', amendment.vote.id],
      [3, 'restored', amendment.vote.id],
    ]);
  });

  it('after the minutes are approved a vote is neither corrected nor recorded, and nothing changes', async () => {
    const recorded = data<Recorded>(await temp.dispatch('votes.record', motion({ kind: 'recommendation', recommendationId })));
    const minutes = data<Minutes>(await temp.dispatch('minutes.start', { meetingId: plenary }));
    data(await temp.dispatch('minutes.circulate', { minutesId: minutes.id, circulatedOn: '2026-12-06' }));
    const next = await addMeeting(temp.ledger, { title: 'Extra plenary', heldOn: '2026-12-12', status: 'held' });
    data(await temp.dispatch('minutes.approve', { minutesId: minutes.id, approvedAtMeetingId: next }));

    const refused = await temp.dispatch('votes.correct', {
      voteId: recorded.vote.id,
      correction: { tally: { for: 2, against: 6, abstain: 1, block: 0 }, reason: 'Typed the wrong way round' },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'illegal_transition', reason: 'vote.minutesApproved', params: { approvedOn: '2026-12-12' } } });
    expect(refused.ok === false && refused.error.message).toContain('Record an amendment to those minutes');
    const voidRefused = await temp.dispatch('votes.void', { voteId: recorded.vote.id, reason: 'Mistake' });
    expect(voidRefused.ok === false && voidRefused.error.reason).toBe('vote.minutesApproved');
    const newVote = await temp.dispatch('votes.record', motion({ kind: 'floor', title: 'Late motion', text: 'Thanks to the interpreters.' }));
    expect(newVote.ok === false && newVote.error.reason).toBe('vote.minutesApproved');
    expect((await detail()).recommendation.status).toBe('adopted');
    expect(await auditOf('votes.correct')).toEqual([]);
  });
});

describe('procedural and floor motions', () => {
  it('adopting the agenda and a floor motion are minuted under their agenda items, with the same tallies', async () => {
    const opening = data<MeetingDetail>(
      await temp.dispatch('meetings.agenda.add', { meetingId: plenary, item: { kind: 'information', title: 'Opening', presenterMemberId: null, plannedMinutes: 5 } }),
    );
    const business = data<MeetingDetail>(
      await temp.dispatch('meetings.agenda.add', { meetingId: plenary, item: { kind: 'decision', title: 'New business', presenterMemberId: null, plannedMinutes: 30 } }),
    );
    const openingId = opening.agenda[0]!.id;
    const businessId = business.agenda[1]!.id;
    data(await temp.dispatch('minutes.start', { meetingId: plenary }));
    const floor = motion({ kind: 'floor', title: 'Letter on housing inspections', text: 'The Network writes to the Minister about housing inspections.' });
    data<Recorded>(await temp.dispatch('votes.record', { vote: { ...floor.vote, agendaItemId: businessId, categoryTallies: [{ category: 'union', tally: { for: 2, against: 0, abstain: 0, block: 0 } }] } }));
    const agenda = motion({ kind: 'procedural', procedure: 'adopt_agenda' });
    data<Recorded>(await temp.dispatch('votes.record', { vote: { ...agenda.vote, agendaItemId: openingId } }));
    const twice = await temp.dispatch('votes.record', agenda);
    expect(twice.ok === false && twice.error.reason).toBe('vote.agendaAlreadyAdopted');

    const votes = data<Vote[]>(await temp.dispatch('votes.listForMeeting', { meetingId: plenary }));
    expect(votes.map((vote) => [vote.motion.kind, vote.motion.procedure, vote.motion.title, vote.mover?.name, vote.seconder?.name])).toEqual([
      ['floor', null, 'Letter on housing inspections', 'Worker 1', 'Member 3'],
      ['procedural', 'adopt_agenda', null, 'Worker 1', 'Member 3'],
    ]);
    expect(votes[0]?.categoryTallies).toEqual([{ category: 'union', tally: { for: 2, against: 0, abstain: 0, block: 0 } }]);

    const text = await minutesText(plenary);
    const at = (needle: string) => text.indexOf(needle);
    expect(at('Opening')).toBeLessThan(at('Motion to adopt the agenda'));
    expect(at('Motion to adopt the agenda')).toBeLessThan(at('New business'));
    expect(at('New business')).toBeLessThan(at('Motion from the floor: Letter on housing inspections'));
    expect(text).toContain('The agenda is adopted.');
    expect(text).toContain('The Network writes to the Minister about housing inspections.');
    expect(text).not.toContain('Other motions');
  });

  it('a motion approving the minutes approves them, and voiding it takes the approval back', async () => {
    const earlier = await addMeeting(temp.ledger, { title: 'Autumn plenary', heldOn: '2026-09-12', status: 'held' });
    const minutes = data<Minutes>(await temp.dispatch('minutes.start', { meetingId: earlier }));
    const draftRefused = await temp.dispatch('votes.record', motion({ kind: 'procedural', procedure: 'approve_minutes', minutesId: minutes.id }));
    expect(draftRefused.ok === false && draftRefused.error.reason).toBe('minutes.notCirculated');
    data(await temp.dispatch('minutes.circulate', { minutesId: minutes.id, circulatedOn: '2026-09-20' }));

    const approval = data<Recorded>(await temp.dispatch('votes.record', motion({ kind: 'procedural', procedure: 'approve_minutes', minutesId: minutes.id })));
    expect(approval.vote.motion.minutesOf).toEqual({ meetingTitle: 'Autumn plenary', heldOn: '2026-09-12' });
    const approved = data<Minutes>(await temp.dispatch('minutes.get', { meetingId: earlier }));
    expect(approved).toMatchObject({ status: 'approved', approvedAtMeetingId: plenary, approvedOn: '2026-12-05', approvedByVoteId: approval.vote.id });

    data(await temp.dispatch('votes.void', { voteId: approval.vote.id, reason: 'The minutes were not in the packet' }));
    expect(data<Minutes>(await temp.dispatch('minutes.get', { meetingId: earlier }))).toMatchObject({
      status: 'circulated',
      approvedAtMeetingId: null,
      approvedByVoteId: null,
    });
  });
});

describe('motions in the minutes for funders and government', () => {
  it('say "Moved and seconded." without names, and every motion count they print is in the release register, keyed by its vote', async () => {
    const more = await addMembers(temp.ledger, ['union', 'employer', 'settlement_agency', 'union', 'government_bc', 'employer']);
    await markPresent(temp.ledger, plenary, more);
    data(await temp.dispatch('minutes.start', { meetingId: plenary }));
    const large = { for: 12, against: 0, abstain: 0, block: 0 };
    const mistaken = data<Recorded>(await temp.dispatch('votes.record', motion({ kind: 'floor', title: 'Letter on housing', text: 'The Network writes to the Minister.' }, large)));
    const agenda = data<Recorded>(await temp.dispatch('votes.record', motion({ kind: 'procedural', procedure: 'adopt_agenda' }, large)));
    // Small counts: printed nowhere in the shared copy, so not in the register either.
    data(await temp.dispatch('votes.record', motion({ kind: 'amendment', recommendationId, text: amendedText })));
    data(await temp.dispatch('votes.void', { voteId: mistaken.vote.id, reason: 'Recorded twice' }));

    const text = await minutesText(plenary, 'shared');
    expect(text).toContain('Motion to adopt the agenda\nMoved and seconded.');
    expect(text).toContain('Amendment to the recommendation “Open work permits for seasonal workers”\nMoved and seconded.');
    for (const name of ['Moved by', 'Worker 1', 'Member 1', 'Member 3', 'Letter on housing']) expect(text).not.toContain(name);

    const [release] = await readReleases(temp.dispatch);
    const voteCells = release!.cells.filter((cell) => cell.table === 'votes');
    expect(new Set(voteCells.map((cell) => cell.row))).toEqual(new Set([`vote-${agenda.vote.id}`]));
    expect(voteCells.map((cell) => [cell.column, cell.value])).toEqual([
      ['for', 12],
      ['against', 0],
      ['abstain', 0],
      ['block', 0],
      ['members_present', 15],
      ['voting_members', 15],
      ['quorum_required', 5],
      ['votes_cast', 12],
      ['votes_needed', 7],
    ]);
    expect(text).toContain('15 of 15 voting members present (quorum 5). For 12, against 0, abstaining 0. Carried. 7 needed of 12 cast.');
  });
});

describe('free texts of motions in documents', () => {
  it('a worker named in a floor motion or a correction (possessive too) holds the minutes until the coordinator confirms or fixes it', async () => {
    const [named] = await addMembers(temp.ledger, ['current_migrant_worker']);
    await temp.ledger.db.updateTable('members').set({ display_name: 'Rosalinda Quispe' }).where('id', '=', named as number).execute();
    data(await temp.dispatch('minutes.start', { meetingId: plenary }));
    const floor = data<Recorded>(
      await temp.dispatch('votes.record', motion({ kind: 'floor', title: 'Thanks', text: 'The Network thanks Rosalinda Quispe for her testimony.' })),
    );
    data(await temp.dispatch('votes.correct', { voteId: floor.vote.id, correction: { tally: { for: 7, against: 1, abstain: 1, block: 0 }, reason: 'Rosalinda’s raised hand was missed' } }));
    const check = data<{ hits: { key: string; memberId: number; field: string; matchedText: string }[] }>(
      await temp.dispatch('reports.meeting.redactionCheck', { meetingId: plenary, document: 'minutes_members' }),
    );
    // The fixture's other workers are called "Member 1" and "Member 2": their "Member" is found in the
    // seconder's name too, as any part of a protected name is.
    const ofNamed = check.hits.filter((hit) => hit.memberId === named);
    expect(ofNamed.map((hit) => [hit.field, hit.matchedText])).toEqual([
      ['motionText', 'Rosalinda Quispe'],
      ['voteCorrectionReason', 'Rosalinda'],
    ]);
    const refused = await temp.dispatch('reports.minutes.generate', { meetingId: plenary, language: 'en', audience: 'members', confirmedHits: [] });
    expect(refused.ok === false && refused.error.reason).toBe('reports.unconfirmedNames');
    const confirmed = await temp.dispatch('reports.minutes.generate', {
      meetingId: plenary,
      language: 'en',
      audience: 'members',
      confirmedHits: check.hits.map((hit) => hit.key),
    });
    expect(confirmed.ok).toBe(true);
  });
});
