/** Lets tests drive time; the backend passes the real clock and setInterval. */
export interface SchedulerClock {
  now(): number;
  every(intervalMs: number, tick: () => void): () => void;
}

export const systemClock: SchedulerClock = {
  now: () => Date.now(),
  every(intervalMs, tick) {
    const handle = setInterval(tick, intervalMs);
    handle.unref?.();
    return () => clearInterval(handle);
  },
};

export interface BackupSchedulerOptions {
  /** At most one backup per interval, and only when the ledger changed since the last one. */
  intervalMs: number;
  /** Grows whenever the ledger is written; equal values mean nothing changed. */
  changeCounter: () => number;
  backup: () => Promise<void>;
  clock?: SchedulerClock;
  onError?: (error: unknown) => void;
  /** How often to look for changes; a fraction of the interval so a backup is never much late. */
  checkEveryMs?: number;
}

/** Takes a backup every N minutes while changes happen, and none while the ledger sits idle. */
export class BackupScheduler {
  private readonly clock: SchedulerClock;
  private lastCounter: number;
  private lastBackupAt: number;
  private stopTimer: (() => void) | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly options: BackupSchedulerOptions) {
    this.clock = options.clock ?? systemClock;
    this.lastCounter = options.changeCounter();
    this.lastBackupAt = this.clock.now();
  }

  start(): void {
    if (this.stopTimer) return;
    const checkEvery = this.options.checkEveryMs ?? Math.max(1000, Math.floor(this.options.intervalMs / 5));
    this.stopTimer = this.clock.every(checkEvery, () => void this.tick());
  }

  stop(): void {
    this.stopTimer?.();
    this.stopTimer = null;
  }

  /** After a backup taken elsewhere (or a swapped ledger), start counting from here. */
  reset(): void {
    this.lastCounter = this.options.changeCounter();
    this.lastBackupAt = this.clock.now();
  }

  /** Resolves once any backup in progress is done: a restore must not race a scheduled backup. */
  async idle(): Promise<void> {
    await this.running;
  }

  async tick(): Promise<boolean> {
    if (this.running) return false;
    const counter = this.options.changeCounter();
    if (counter === this.lastCounter) return false;
    if (this.clock.now() - this.lastBackupAt < this.options.intervalMs) return false;
    this.running = this.options
      .backup()
      .then(() => {
        this.lastCounter = counter;
        this.lastBackupAt = this.clock.now();
      })
      .catch((error: unknown) => this.options.onError?.(error))
      .finally(() => {
        this.running = null;
      });
    await this.running;
    return true;
  }
}
