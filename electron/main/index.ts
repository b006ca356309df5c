import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import { resolveDataDir } from '../app/data-dir';
import { chosenServer } from '../app/ledger-server';
import { startBackend, type Backend } from '../app/start-backend';
import { appEntryUrl, appOrigins } from './app-origin';
import { AppWindows } from './app-windows';
import { registerContractHandlers, trustedSenderCheck } from './ipc';
import { closeBackendOnQuit, quitWhenWindowsClose } from './lifecycle';
import { findElectronNativeBinding } from './native-binding';
import { registerAppScheme, serveRenderer } from './renderer-protocol';
import { setupSecurity } from './security';
import { describeStartupFailure } from './startup-failure';
import { setupDownloads } from './downloads';
import { electronPrinter } from './print-to-pdf';
import { builtPaths, createMainWindow } from './window';
import { bringWindowForward, claimSingleInstance } from './single-instance';

// An environment variable must never make an installed app load a page from elsewhere.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const origins = appOrigins(devServerUrl);
const windows = new AppWindows();
const paths = builtPaths(__dirname);
let backend: Backend | undefined;
let mainWindow: BrowserWindow | undefined;

function openMainWindow(): void {
  mainWindow = createMainWindow({ preloadPath: paths.preload, iconPath: paths.icon, entryUrl: devServerUrl ?? appEntryUrl, windows });
}

/** A second launch: until the ledger is open there is no window to show, and one is on its way. */
function bringAppForward(): void {
  if (backend) bringWindowForward(mainWindow, openMainWindow);
}

function failStartup(error: unknown): void {
  const failure = describeStartupFailure(error);
  console.error(`${failure.title}: ${failure.body}`);
  dialog.showErrorBox(failure.title, failure.body);
  // A damaged ledger opens the recovery screen instead; this is for failures before any window can
  // work, such as better-sqlite3 built for Node rather than Electron.
  app.exit(1);
}

async function start(): Promise<void> {
  setupSecurity(origins);
  setupDownloads();
  serveRenderer(paths.rendererDir);
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
  const nativeBinding = findElectronNativeBinding(app.getAppPath(), process.versions.electron);
  try {
    const server = chosenServer(process.argv, process.env, dataDir);
    backend = await startBackend({
      dataDir,
      databaseUrl: server?.databaseUrl ?? null,
      nativeBinding,
      kind: 'desktop app',
      printer: electronPrinter,
    });
  } catch (error) {
    failStartup(error);
    return;
  }
  registerContractHandlers(ipcMain, backend.dispatch, trustedSenderCheck(windows, origins));
  openMainWindow();
  app.on('activate', () => {
    if (windows.size === 0) openMainWindow();
  });
}

if (claimSingleInstance(app, bringAppForward)) {
  // Both must happen before "ready": privileged schemes and the sandbox cannot be changed afterwards.
  registerAppScheme();
  app.enableSandbox();
  closeBackendOnQuit(() => backend);
  quitWhenWindowsClose();
  app.whenReady().then(start).catch(failStartup);
}
