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
  /**
   * Grows whenever the ledger is written; equal values mean nothing changed. A server ledger answers
   * with a query (other coordinators change it too), hence a promise.
   */
  changeCounter: () => number | Promise<number>;
  backup: () => Promise<void>;
  clock?: SchedulerClock;
  onError?: (error: unknown) => void;
  /** How often to look for changes; a fraction of the interval so a backup is never much late. */
  checkEveryMs?: number;
}

/** Takes a backup every N minutes while changes happen, and none while the ledger sits idle. */
export class BackupScheduler {
  private readonly clock: SchedulerClock;
  /** Null until first read (an asynchronous counter): the first check then only records it. */
  private lastCounter: number | null = null;
  private lastBackupAt: number;
  private stopTimer: (() => void) | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly options: BackupSchedulerOptions) {
    this.clock = options.clock ?? systemClock;
    const counter = options.changeCounter();
    if (typeof counter === 'number') this.lastCounter = counter;
    else void counter.then((value) => (this.lastCounter ??= value), () => undefined);
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
  async reset(): Promise<void> {
    this.lastCounter = await this.options.changeCounter();
    this.lastBackupAt = this.clock.now();
  }

  /** Resolves once any backup in progress is done: a restore must not race a scheduled backup. */
  async idle(): Promise<void> {
    await this.running;
  }

  /** Takes a backup when one is due; true when it did (a failure is reported through onError). */
  async tick(): Promise<boolean> {
    if (this.running) return false;
    let tookBackup = false;
    const check = async () => {
      const counter = await this.options.changeCounter();
      if (this.lastCounter === null) {
        this.lastCounter = counter;
        return;
      }
      if (counter === this.lastCounter) return;
      if (this.clock.now() - this.lastBackupAt < this.options.intervalMs) return;
      tookBackup = true;
      await this.options.backup();
      this.lastCounter = counter;
      this.lastBackupAt = this.clock.now();
    };
    this.running = check()
      .catch((error: unknown) => this.options.onError?.(error))
      .finally(() => {
        this.running = null;
      });
    await this.running;
    return tookBackup;
  }
}
