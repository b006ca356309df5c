import { describe, expect, it } from 'vitest';
import { OperationGate } from '../../../electron/app/operation-gate';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('the operation gate', () => {
  it('lets an exclusive operation start only when those in flight finish, and holds new ones back', async () => {
    const gate = new OperationGate();
    const events: string[] = [];
    const first = deferred();
    const running = gate.shared(async () => {
      events.push('read starts');
      await first.promise;
      events.push('read ends');
    });
    const restore = gate.exclusive(async () => {
      events.push('restore starts');
      await new Promise((resolve) => setTimeout(resolve, 5));
      events.push('restore ends');
    });
    const later = gate.shared(async () => {
      events.push('later read');
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(events).toEqual(['read starts']);
    first.resolve();
    await Promise.all([running, restore, later]);
    expect(events).toEqual(['read starts', 'read ends', 'restore starts', 'restore ends', 'later read']);
  });

  it('runs two exclusive operations one after the other', async () => {
    const gate = new OperationGate();
    let inside = 0;
    let most = 0;
    const work = () =>
      gate.exclusive(async () => {
        inside++;
        most = Math.max(most, inside);
        await new Promise((resolve) => setTimeout(resolve, 2));
        inside--;
      });
    await Promise.all([work(), work(), work()]);
    expect(most).toBe(1);
  });

  it('releases the gate when an exclusive operation throws', async () => {
    const gate = new OperationGate();
    await expect(gate.exclusive(async () => Promise.reject(new Error('failed')))).rejects.toThrow('failed');
    await expect(gate.shared(async () => 'fine')).resolves.toBe('fine');
  });
});
