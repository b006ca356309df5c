import { app, session, shell, type WebContents } from 'electron';
import { isAppUrl } from './app-origin';
import { externalUrlToOpen } from './external-links';

/**
 * Per-webContents rules: the app's pages stay on the app's origin, never open Electron windows,
 * and never embed <webview>. Web links leave through the system browser, and only http(s) ones.
 */
export function hardenWebContents(
  contents: WebContents,
  origins: readonly string[],
  openExternal: (url: string) => unknown,
): void {
  const stayOnAppOrigin = (event: { url: string; preventDefault(): void }): void => {
    if (!isAppUrl(event.url, origins)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnAppOrigin);
  contents.on('will-redirect', stayOnAppOrigin);
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url);
    if (external) openExternal(external);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Refuse every browser permission (camera, notifications, geolocation, USB...): the app needs none. */
function denyAllPermissions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}

function openInSystemBrowser(url: string): void {
  shell.openExternal(url).catch((error: unknown) => console.error(`Could not open ${url}:`, error));
}

/** App-wide hardening; call once the app is ready (sessions do not exist before). */
export function setupSecurity(origins: readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, origins, openInSystemBrowser));
  denyAllPermissions();
}
