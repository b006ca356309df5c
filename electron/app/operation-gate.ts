/**
 * Lets ordinary operations run side by side, and lets one operation (restoring a backup, which closes
 * and reopens the ledger) run alone: it waits for those in flight and holds back new ones until done.
 */
export class OperationGate {
  private running = 0;
  private idleWaiters: (() => void)[] = [];
  private barrier: Promise<void> | null = null;

  async shared<T>(work: () => Promise<T>): Promise<T> {
    while (this.barrier) await this.barrier;
    this.running++;
    try {
      return await work();
    } finally {
      this.running--;
      if (this.running === 0) for (const wake of this.idleWaiters.splice(0)) wake();
    }
  }

  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    while (this.barrier) await this.barrier;
    let release!: () => void;
    this.barrier = new Promise<void>((resolve) => (release = resolve));
    try {
      if (this.running > 0) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
      return await work();
    } finally {
      this.barrier = null;
      release();
    }
  }
}
