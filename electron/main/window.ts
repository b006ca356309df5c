import path from 'node:path';
import { BrowserWindow, type WebPreferences } from 'electron';
import type { AppWindows } from './app-windows';

/** Where electron-vite puts the other two bundles, relative to out/main, and the app's icon beside out/. */
export function builtPaths(mainDir: string): { preload: string; rendererDir: string; icon: string } {
  return {
    // CommonJS .js, not .mjs: a sandboxed preload cannot load an ES module.
    preload: path.join(mainDir, '..', 'preload', 'index.js'),
    rendererDir: path.join(mainDir, '..', 'renderer'),
    // resources/ travels in the package (electron-builder.yml "files"); Linux shows it in the taskbar.
    icon: path.join(mainDir, '..', '..', 'resources', 'icon.png'),
  };
}

/** The renderer gets no Node, no Electron internals, and only the preload's named functions. */
export function mainWindowWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  iconPath: string;
  entryUrl: string;
  windows: AppWindows;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Network Secretariat',
    icon: options.iconPath,
    webPreferences: mainWindowWebPreferences(options.preloadPath),
  });
  // Registered before loading so the very first IPC call from the page is already trusted.
  options.windows.track(window.webContents);
  window.once('ready-to-show', () => window.show());
  window
    .loadURL(options.entryUrl)
    .catch((error: unknown) => console.error(`Could not load ${options.entryUrl}:`, error));
  return window;
}
