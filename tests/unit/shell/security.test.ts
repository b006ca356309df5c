import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));

const { app, FakeWebContents, session, shell } = await import('./fake-electron');
const { setupSecurity } = await import('../../../electron/main/security');
const { appOrigins } = await import('../../../electron/main/app-origin');

function cancellable(url: string): { url: string; preventDefault: ReturnType<typeof vi.fn> } {
  return { url, preventDefault: vi.fn() };
}

describe('app-wide security', () => {
  let contents: InstanceType<typeof FakeWebContents>;

  beforeAll(() => {
    setupSecurity(appOrigins(undefined));
  });

  beforeEach(() => {
    shell.openExternal.mockClear();
    contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
  });

  describe('navigation', () => {
    it.each([
      'https://example.org/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'app://elsewhere/index.html',
      'http://localhost:5173/',
    ])('prevents navigating to %s', (url) => {
      const event = cancellable(url);
      contents.emit('will-navigate', event, url);
      expect(event.preventDefault).toHaveBeenCalled();
    });

    it('lets the app move between its own pages', () => {
      const event = cancellable('app://renderer/index.html?view=members');
      contents.emit('will-navigate', event, event.url);
      expect(event.preventDefault).not.toHaveBeenCalled();
    });

    it('prevents redirects off the app origin', () => {
      const event = cancellable('https://example.org/');
      contents.emit('will-redirect', event, event.url);
      expect(event.preventDefault).toHaveBeenCalled();
    });

    it('does not open the target of a blocked navigation elsewhere either', () => {
      contents.emit('will-navigate', cancellable('https://example.org/'), 'https://example.org/');
      expect(shell.openExternal).not.toHaveBeenCalled();
    });
  });

  describe('window.open', () => {
    it('denies every new window', () => {
      for (const url of ['https://example.org/', 'app://renderer/index.html', 'about:blank', 'file:///etc/passwd']) {
        expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
      }
    });

    it('hands web links to the system browser', () => {
      contents.windowOpenHandler?.({ url: 'https://example.org/guide' });
      expect(shell.openExternal).toHaveBeenCalledWith('https://example.org/guide');
    });

    it.each(['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'app://renderer/index.html'])(
      'never hands %s to the system',
      (url) => {
        contents.windowOpenHandler?.({ url });
        expect(shell.openExternal).not.toHaveBeenCalled();
      },
    );
  });

  it('prevents attaching a <webview>', () => {
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  describe('permissions', () => {
    it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
      'denies a request for %s',
      (permission) => {
        const handler = session.defaultSession.handlers.get('permissionRequest');
        const callback = vi.fn();
        handler?.(contents, permission, callback, {});
        expect(callback).toHaveBeenCalledWith(false);
      },
    );

    it('answers every permission check with no', () => {
      const handler = session.defaultSession.handlers.get('permissionCheck');
      expect(handler?.(contents, 'media', 'app://renderer', {})).toBe(false);
    });

    it('refuses device access and screen capture', () => {
      expect(session.defaultSession.handlers.get('devicePermission')?.({})).toBe(false);
      const callback = vi.fn();
      session.defaultSession.handlers.get('displayMedia')?.({}, callback);
      expect(callback).toHaveBeenCalledWith(null);
    });
  });
});
