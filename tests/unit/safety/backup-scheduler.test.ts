import { describe, expect, it } from 'vitest';
import { BackupScheduler } from '../../../electron/ledger/backups/backup-scheduler';
import { FakeClock } from '../../support/fake-clock';

const minute = 60_000;

function setup(failFirst = false) {
  const clock = new FakeClock();
  let changes = 0;
  const backupsAt: number[] = [];
  const errors: unknown[] = [];
  let calls = 0;
  const scheduler = new BackupScheduler({
    intervalMs: 15 * minute,
    changeCounter: () => changes,
    backup: async () => {
      calls++;
      if (failFirst && calls === 1) throw new Error('backup drive unplugged');
      backupsAt.push(clock.now());
    },
    clock,
    onError: (error) => errors.push(error),
  });
  scheduler.start();
  return { clock, scheduler, backupsAt, errors, change: () => changes++ };
}

describe('the backup scheduler', () => {
  it('takes no backup while nothing changes', async () => {
    const { clock, backupsAt } = setup();
    await clock.advance(120 * minute);
    expect(backupsAt).toEqual([]);
  });

  it('takes one backup per interval while changes keep happening', async () => {
    const { clock, backupsAt, change } = setup();
    for (let step = 0; step < 60; step++) {
      change();
      await clock.advance(minute);
    }
    // 60 minutes of steady changes: backups at 15, 30, 45 and 60 minutes.
    expect(backupsAt).toEqual([15, 30, 45, 60].map((minutes) => minutes * minute));
  });

  it('backs up a change made during a quiet spell at the next check after the interval', async () => {
    const { clock, backupsAt, change } = setup();
    await clock.advance(40 * minute);
    change();
    await clock.advance(3 * minute);
    expect(backupsAt).toEqual([42 * minute]);
    await clock.advance(60 * minute);
    expect(backupsAt).toHaveLength(1);
  });

  it('retries after a failed backup and reports the failure', async () => {
    const { clock, backupsAt, errors, change } = setup(true);
    change();
    await clock.advance(15 * minute);
    expect(errors).toHaveLength(1);
    expect(backupsAt).toEqual([]);
    await clock.advance(3 * minute);
    expect(backupsAt).toEqual([18 * minute]);
  });

  it('stops when told', async () => {
    const { clock, scheduler, backupsAt, change } = setup();
    scheduler.stop();
    change();
    await clock.advance(60 * minute);
    expect(backupsAt).toEqual([]);
  });
});
