import type { SchedulerClock } from '../../electron/ledger/backups/backup-scheduler';

/** Time that moves only when a test says so; due ticks run in order, each given a turn to settle. */
export class FakeClock implements SchedulerClock {
  time = 0;
  private ticks: { every: number; next: number; tick: () => void }[] = [];
  now(): number {
    return this.time;
  }
  every(intervalMs: number, tick: () => void): () => void {
    const entry = { every: intervalMs, next: this.time + intervalMs, tick };
    this.ticks.push(entry);
    return () => {
      this.ticks = this.ticks.filter((candidate) => candidate !== entry);
    };
  }
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      const due = this.ticks.filter((entry) => entry.next <= end).sort((a, b) => a.next - b.next)[0];
      if (!due) break;
      this.time = due.next;
      due.next += due.every;
      due.tick();
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.time = end;
  }
}
