import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));

const { BrowserWindow } = await import('./fake-electron');
const { builtPaths, createMainWindow } = await import('../../../electron/main/window');
const { AppWindows } = await import('../../../electron/main/app-windows');
const { appEntryUrl } = await import('../../../electron/main/app-origin');

describe('main window', () => {
  const mainDir = path.join('/app', 'out', 'main');
  const paths = builtPaths(mainDir);

  beforeEach(() => {
    BrowserWindow.instances.length = 0;
  });

  it('points at the CommonJS preload and the renderer electron-vite builds next to out/main', () => {
    expect(paths.preload).toBe(path.join('/app', 'out', 'preload', 'index.js'));
    expect(paths.rendererDir).toBe(path.join('/app', 'out', 'renderer'));
  });

  it('isolates the renderer: context isolation, sandbox, no Node, no webview', () => {
    createMainWindow({ preloadPath: paths.preload, iconPath: paths.icon, entryUrl: appEntryUrl, windows: new AppWindows() });
    const [window] = BrowserWindow.instances;
    expect(window).toBeDefined();
    expect(window?.options.webPreferences).toMatchObject({
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('loads the renderer from app://renderer and registers the window as a trusted IPC sender', () => {
    const windows = new AppWindows();
    createMainWindow({ preloadPath: paths.preload, iconPath: paths.icon, entryUrl: appEntryUrl, windows });
    const window = BrowserWindow.instances[0];
    expect(window?.loadURL).toHaveBeenCalledWith('app://renderer/index.html');
    expect(windows.has(window?.webContents.id ?? -1)).toBe(true);
  });

  it('forgets a window once its webContents is destroyed', () => {
    const windows = new AppWindows();
    createMainWindow({ preloadPath: paths.preload, iconPath: paths.icon, entryUrl: appEntryUrl, windows });
    const window = BrowserWindow.instances[0];
    window?.webContents.destroy();
    expect(windows.has(window?.webContents.id ?? -1)).toBe(false);
    expect(windows.size).toBe(0);
  });

  it('gives the window the app icon from resources/, which the package carries', () => {
    expect(paths.icon).toBe(path.join('/app', 'resources', 'icon.png'));
    createMainWindow({ preloadPath: paths.preload, iconPath: paths.icon, entryUrl: appEntryUrl, windows: new AppWindows() });
    expect(BrowserWindow.instances[0]?.options.icon).toBe(paths.icon);
  });

  it('shows the window only once it has painted', () => {
    createMainWindow({ preloadPath: paths.preload, iconPath: paths.icon, entryUrl: appEntryUrl, windows: new AppWindows() });
    const window = BrowserWindow.instances[0];
    expect(window?.options.show).toBe(false);
    window?.emit('ready-to-show');
    expect(window?.show).toHaveBeenCalled();
  });
});
