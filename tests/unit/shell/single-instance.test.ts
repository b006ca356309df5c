import { describe, expect, it, vi } from 'vitest';
import { bringWindowForward, claimSingleInstance } from '../../../electron/main/single-instance';

vi.mock('electron', () => import('./fake-electron'));
const fake = await import('./fake-electron');

function freshApp(granted: boolean) {
  const app = new (fake.app.constructor as new () => typeof fake.app)();
  app.singleInstanceLockGranted = granted;
  return app;
}

describe('one desktop app at a time', () => {
  it('the first instance keeps running and listens for later launches', () => {
    const app = freshApp(true);
    const bringForward = vi.fn();
    expect(claimSingleInstance(app, bringForward)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['electron', '.'], '/');
    expect(bringForward).toHaveBeenCalledTimes(1);
  });

  it('a second instance quits at once, handing over to the first', () => {
    const app = freshApp(false);
    const bringForward = vi.fn();
    expect(claimSingleInstance(app, bringForward)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.listenerCount('second-instance')).toBe(0);
  });
});

describe('bringing the window forward', () => {
  it('restores a minimised window, shows and focuses it', () => {
    const window = new fake.BrowserWindow({});
    window.minimized = true;
    const openWindow = vi.fn();
    bringWindowForward(window, openWindow);
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(openWindow).not.toHaveBeenCalled();
  });

  it('focuses a window that is open but behind others, without restoring it', () => {
    const window = new fake.BrowserWindow({});
    bringWindowForward(window, vi.fn());
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('opens a window when none is left (macOS keeps the app running without one)', () => {
    const openWindow = vi.fn();
    bringWindowForward(undefined, openWindow);
    const closed = new fake.BrowserWindow({});
    closed.destroyed = true;
    bringWindowForward(closed, openWindow);
    expect(openWindow).toHaveBeenCalledTimes(2);
    expect(closed.focus).not.toHaveBeenCalled();
  });
});
