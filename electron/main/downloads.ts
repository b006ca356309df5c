import { dialog, session, shell } from 'electron';

/** The parts of Electron's DownloadItem this module uses. */
export interface DownloadItemLike {
  getURL(): string;
  getFilename(): string;
  getSavePath(): string;
  cancel(): void;
  once(event: 'done', listener: (event: unknown, state: 'completed' | 'cancelled' | 'interrupted') => void): unknown;
}

export type NextStep = 'open' | 'show' | 'close';

export interface DownloadDependencies {
  askWhatNext(fileName: string): Promise<NextStep>;
  openPath(path: string): Promise<unknown>;
  showItemInFolder(path: string): void;
}

/**
 * Reports and exports reach the disk as downloads of blob: URLs the app's own page made; Electron then
 * asks where to save them (the native save dialog). Anything else a page tries to download is refused.
 */
export function isAppDownload(url: string): boolean {
  return url.startsWith('blob:app://') || url.startsWith('blob:http://localhost');
}

/** After a report is saved, offer to open it or show its folder, as a desktop app should. */
export function handleDownload(item: DownloadItemLike, dependencies: DownloadDependencies): void {
  if (!isAppDownload(item.getURL())) {
    item.cancel();
    return;
  }
  item.once('done', (_event, state) => {
    if (state !== 'completed') return;
    const savedAt = item.getSavePath();
    void dependencies.askWhatNext(item.getFilename()).then((step) => {
      if (step === 'open') void dependencies.openPath(savedAt);
      if (step === 'show') dependencies.showItemInFolder(savedAt);
    });
  });
}

const nextSteps: NextStep[] = ['open', 'show', 'close'];

export function setupDownloads(): void {
  const dependencies: DownloadDependencies = {
    askWhatNext: async (fileName) => {
      const { response } = await dialog.showMessageBox({
        type: 'info',
        message: `${fileName} was saved.`,
        buttons: ['Open it', 'Show in folder', 'Close'],
        defaultId: 0,
        cancelId: 2,
      });
      return nextSteps[response] ?? 'close';
    },
    openPath: (path) => shell.openPath(path),
    showItemInFolder: (path) => shell.showItemInFolder(path),
  };
  session.defaultSession.on('will-download', (_event, item) => handleDownload(item, dependencies));
}
