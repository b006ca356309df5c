import { afterEach, describe, expect, it } from 'vitest';
import { startTempBackend, type TempBackend } from '../../support/temp-backend';
import { FakeClock } from '../../support/fake-clock';
import { callOk } from '../../support/call-operation';

const minute = 60_000;

async function settle(times = 20): Promise<void> {
  // The scheduled backup runs through the gate and the backup API: give it a few turns.
  for (let turn = 0; turn < times; turn++) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('scheduled backups in the running backend', () => {
  let temp: TempBackend | undefined;
  afterEach(async () => {
    await temp?.cleanup();
    temp = undefined;
  });

  it('backs up every N minutes while the ledger changes, and not while it is idle', async () => {
    const clock = new FakeClock();
    temp = await startTempBackend({ clock, backupIntervalMinutes: 10 });
    const { dispatch } = temp.backend;
    await clock.advance(30 * minute);
    await settle();
    expect((await callOk(dispatch, 'backups.list', {})).backups).toEqual([]);

    await callOk(dispatch, 'ledger.loadDemo', {});
    await clock.advance(12 * minute);
    await settle();
    const listed = await callOk(dispatch, 'backups.list', {});
    expect(listed.backups.map((backup) => backup.reason)).toEqual(['scheduled']);
    expect(listed.intervalMinutes).toBe(10);

    await clock.advance(60 * minute);
    await settle();
    expect((await callOk(dispatch, 'backups.list', {})).backups).toHaveLength(1);
  });
});
