import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the parts of the `electron` module the shell uses, recorded so tests can
 * inspect what was registered. Loaded through vi.mock('electron', ...): the real module
 * would try to download the Electron binary.
 */

/** Accepts any handler the shell installs; tests call it back with hand-made arguments. */
type Listener = (...args: never[]) => unknown;
type Callable = (...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  /** What Chromium would print: the options it was given, so tests see how the shell asked. */
  readonly printToPDF = vi.fn((_options: Record<string, unknown>) => Promise.resolve(Buffer.from('%PDF-1.7 fake')));

  destroy(): void {
    this.emit('destroyed');
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly instances: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn((_url: string) => Promise.resolve());
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  minimized = false;
  destroyed = false;
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  readonly destroy = vi.fn(() => {
    this.destroyed = true;
  });

  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  readyPromise: Promise<void> = new Promise(() => {});
  readonly enableSandbox = vi.fn();
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  /** What requestSingleInstanceLock answers: false plays a second launch while the app already runs. */
  singleInstanceLockGranted = true;
  readonly requestSingleInstanceLock = vi.fn(() => this.singleInstanceLockGranted);
  readonly paths = { userData: '/nonexistent/user-data', appPath: '/nonexistent/app' };
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`The fake app knows no path named ${name}`);
    return this.paths.userData;
  }
  getAppPath(): string {
    return this.paths.appPath;
  }
}
export const app = new FakeApp();

export const protocol = {
  privileged: [] as Array<{ scheme: string; privileges: Record<string, boolean> }>,
  handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: Array<{ scheme: string; privileges: Record<string, boolean> }>): void {
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    this.handlers.set(scheme, handler);
  },
};

export const session = {
  defaultSession: Object.assign(new EventEmitter(), {
    handlers: new Map<string, Callable | null>(),
    setPermissionRequestHandler(handler: Listener | null): void {
      this.handlers.set('permissionRequest', handler as Callable | null);
    },
    setPermissionCheckHandler(handler: Listener | null): void {
      this.handlers.set('permissionCheck', handler as Callable | null);
    },
    setDevicePermissionHandler(handler: Listener | null): void {
      this.handlers.set('devicePermission', handler as Callable | null);
    },
    setDisplayMediaRequestHandler(handler: Listener | null): void {
      this.handlers.set('displayMedia', handler as Callable | null);
    },
  }),
};

export const shell = {
  openExternal: vi.fn((_url: string) => Promise.resolve()),
  openPath: vi.fn((_path: string) => Promise.resolve('')),
  showItemInFolder: vi.fn((_path: string) => {}),
};

export const dialog = {
  showErrorBox: vi.fn((_title: string, _content: string) => {}),
  showMessageBox: vi.fn((_options: unknown) => Promise.resolve({ response: 2 })),
};

export const ipcMain = {
  handlers: new Map<string, Callable>(),
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener as Callable);
  },
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  },
};

export const ipcRenderer = {
  invoke: vi.fn((channel: string, input: unknown) => Promise.resolve({ ok: true, data: { channel, input } })),
};
