import type { Ledger } from '../../ledger/ledger';

const queues = new WeakMap<Ledger, Promise<unknown>>();

/**
 * One shared document at a time per ledger: each release is audited against every earlier one, so
 * two generated side by side would each miss the other.
 */
export function withReleaseLock<T>(ledger: Ledger, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(ledger) ?? Promise.resolve();
  const next = previous.then(work, work);
  queues.set(
    ledger,
    next.catch(() => undefined),
  );
  return next;
}
