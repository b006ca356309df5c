import type { BrowserWindow } from 'electron';

/** The part of Electron's app this needs; kept narrow so tests need no Electron. */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  on(event: 'second-instance', listener: () => void): unknown;
  quit(): void;
}

/**
 * One desktop app at a time: a second launch (a double-click on the icon while the app runs) hands
 * over to the first, whose window comes forward, and quits. Electron's lock covers only Electron
 * instances; web mode and scripts are kept out by the data folder lock (electron/app/data-folder-lock.ts).
 * Returns false in the second instance, which must then do nothing more.
 */
export function claimSingleInstance(app: SingleInstanceApp, bringForward: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', bringForward);
  return true;
}

export type WindowToBringForward = Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus'>;

/** Restores and focuses the window; with none open (macOS keeps running without one), opens one. */
export function bringWindowForward(window: WindowToBringForward | undefined, openWindow: () => void): void {
  if (!window || window.isDestroyed()) {
    openWindow();
    return;
  }
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
