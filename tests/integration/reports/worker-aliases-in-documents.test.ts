import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger } from '../../../electron/ledger/ledger';
import { migrations } from '../../../electron/ledger/migrations';
import { insertMembers } from '../../../electron/ledger/members/member-repository';
import { createDispatcher } from '../../../electron/handlers/dispatch';
import type { MeetingDetail } from '../../../shared/domain/meeting-detail';
import type { Minutes } from '../../../shared/domain/minutes';
import type { RedactionHit, ReportFile } from '../../../shared/domain/report';
import type { RollCall } from '../../../shared/domain/attendance';
import type { MemberDraft } from '../../../shared/domain/member';
import { meetingInput, memberInput, ok } from '../meetings/meeting-fixtures';
import { readZip } from '../../support/read-zip';
import { makeTempDir } from '../../support/temp-ledger';
import { startImport, xlsxBytes } from '../../support/import-files';

// Read apart from the code that writes the documents: every text of every part of the file.
function allText(file: ReportFile): string {
  const parts = [...readZip(Buffer.from(file.base64, 'base64')).values()].map((part) => part.toString('utf8'));
  return parts.join('\n').replace(/<[^>]+>/g, ' ');
}

const numberStandIn = /#\s*\d/;
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('a person is never "#N"', () => {
  it('names workers by their alias on the roll call, the agenda, the minutes and the packet, wherever the alias came from', async () => {
    // A ledger from before aliases were required, holding a worker recorded without one.
    const dir = makeTempDir();
    dirs.push(dir);
    const file = path.join(dir, 'ledger.sqlite');
    const before = Object.fromEntries(
      Object.entries(migrations).filter(([name]) => name < '2026-11-30-502-worker-aliases'),
    );
    const old = await openLedger({ path: file, migrations: before });
    const legacy = memberInput({ displayName: 'Florencia Mamani', category: 'current_migrant_worker' }) as MemberDraft;
    const [legacyId] = await insertMembers(old.db, [legacy], '2025-01-01T00:00:00.000Z');
    await old.close();

    const ledger = await openLedger({ path: file, now: () => new Date('2026-11-25T09:00:00Z') });
    const dispatch = createDispatcher({ ledger, dataDir: dir }, () => undefined);
    try {
      // A second worker arrives by import, without an alias either.
      const { jobId, progress } = await startImport(
        dispatch,
        'workers.xlsx',
        await xlsxBytes([
          ['Name', 'Category'],
          ['Wilmer Choque', 'Migrant worker'],
        ]),
      );
      await ok(dispatch, 'imports.commit', {
        jobId,
        mapping: progress.sheet!.suggestedMapping,
        duplicateAction: 'skip',
        duplicateOverrides: [],
      });
      const aliases = ledger.sqlite
        .prepare("select id, alias from members where category = 'current_migrant_worker' order by id")
        .all() as { id: number; alias: string }[];
      expect(aliases).toHaveLength(2);
      const [legacyAlias, importedAlias] = aliases.map((row) => row.alias) as [string, string];
      const importedId = (aliases[1] as { id: number }).id;

      const plenary = (await ok<MeetingDetail>(dispatch, 'meetings.create', { meeting: meetingInput() })).meeting.id;
      const next = (
        await ok<MeetingDetail>(dispatch, 'meetings.create', {
          meeting: meetingInput({ title: 'Spring plenary', heldOn: '2027-03-13' }),
        })
      ).meeting.id;
      await ok(dispatch, 'meetings.agenda.add', {
        meetingId: next,
        item: { kind: 'presentation', title: 'Housing on farms', presenterMemberId: legacyId, plannedMinutes: 20 },
      });
      const rollCall = await ok<RollCall>(dispatch, 'meetings.rollCall.markAllPresent', { meetingId: plenary });
      expect(rollCall.entries.map((entry) => entry.name).sort()).toEqual([legacyAlias, importedAlias].sort());
      await ok(dispatch, 'meetings.update', { id: plenary, meeting: meetingInput({ status: 'held' }) });
      const minutes = await ok<Minutes>(dispatch, 'minutes.start', { meetingId: plenary });
      for (const memberId of [legacyId, importedId]) {
        await ok(dispatch, 'minutes.testimony.add', {
          sectionId: minutes.sections[0]!.id,
          testimony: { memberId, summary: 'Spoke about overtime.' },
        });
      }

      const documents: ReportFile[] = [];
      for (const audience of ['members', 'shared'] as const) {
        const document = audience === 'members' ? 'minutes_members' : 'minutes_shared';
        const hits = await ok<{ hits: RedactionHit[] }>(dispatch, 'reports.meeting.redactionCheck', {
          meetingId: plenary,
          document,
        });
        documents.push(
          await ok<ReportFile>(dispatch, 'reports.minutes.generate', {
            meetingId: plenary,
            language: 'en',
            audience,
            confirmedHits: hits.hits.map((hit) => hit.key),
          }),
        );
      }
      const packetHits = await ok<{ hits: RedactionHit[] }>(dispatch, 'reports.meeting.redactionCheck', {
        meetingId: next,
        document: 'plenary_packet',
      });
      documents.push(
        await ok<ReportFile>(dispatch, 'reports.plenaryPacket.generate', {
          meetingId: next,
          language: 'fr',
          confirmedHits: packetHits.hits.map((hit) => hit.key),
        }),
      );

      const [membersMinutes, , packet] = documents.map(allText) as [string, string, string];
      expect(membersMinutes).toContain(legacyAlias);
      expect(membersMinutes).toContain(importedAlias);
      expect(packet).toContain(legacyAlias);
      for (const text of documents.map(allText)) {
        expect(text).not.toMatch(numberStandIn);
        expect(text).not.toContain('Florencia');
        expect(text).not.toContain('Wilmer');
      }
    } finally {
      await ledger.close();
    }
  }, 60_000);
});
