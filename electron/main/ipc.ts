import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { operationNames } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';
import { errorShapeFrom, type Dispatch } from '../handlers/dispatch';
import { contractChannel } from '../preload/api-type';
import { isAppUrl } from './app-origin';
import type { AppWindows } from './app-windows';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

const forbidden: Envelope<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Only the app’s own window may use the ledger' },
};

/**
 * Trusted means: a window the app created, its top frame, showing a page from the app's origin.
 * senderFrame is null once the frame navigated away or died, which also counts as untrusted.
 */
export function trustedSenderCheck(windows: AppWindows, origins: readonly string[]): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    return windows.has(event.sender.id) && frame !== null && frame.parent === null && isAppUrl(frame.url, origins);
  };
}

/** One ipcMain handler per contract operation, each on its fixed channel, all through the one dispatch. */
export function registerContractHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  isTrustedSender: SenderCheck,
): void {
  for (const name of operationNames) {
    ipcMain.handle(contractChannel(name), async (event, input: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event)) return forbidden;
      try {
        return await dispatch(name, input);
      } catch (error) {
        // A thrown error would reach the page as a bare string; keep the envelope shape instead.
        return { ok: false, error: errorShapeFrom(error) };
      }
    });
  }
}
