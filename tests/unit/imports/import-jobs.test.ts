import { describe, expect, it } from 'vitest';
import { ImportJobs } from '../../../electron/imports/import-jobs';
import { csvBytes } from '../../support/import-files';

const file = csvBytes([
  ['Name', 'Category'],
  ['Ana', 'union'],
]);

describe('staged import jobs', () => {
  it('reads a file in the background and keeps the sheet until discarded', async () => {
    const jobs = new ImportJobs();
    const job = jobs.start('a.csv', file);
    expect(job.status).toBe('reading');
    await job.settled;
    expect(jobs.get(job.id)).toMatchObject({
      status: 'ready',
      bytesRead: file.length,
      sheet: { headers: ['Name', 'Category'] },
    });
    expect(jobs.discard(job.id)).toBe(true);
    expect(() => jobs.get(job.id)).toThrow(/no longer staged/);
  });

  it('forgets a job left idle for more than 30 minutes, and keeps at most three', async () => {
    let now = 0;
    const jobs = new ImportJobs(() => now);
    const idle = jobs.start('idle.csv', file);
    now += 31 * 60 * 1000;
    expect(() => jobs.get(idle.id)).toThrow(/no longer staged/);

    const started = [1, 2, 3, 4].map((index) => {
      now += 1000;
      return jobs.start(`f${index}.csv`, file);
    });
    await Promise.all(started.map((job) => job.settled));
    expect(() => jobs.get(started[0]!.id)).toThrow(/no longer staged/);
    for (const job of started.slice(1)) expect(jobs.get(job.id).status).toBe('ready');
  });
});
