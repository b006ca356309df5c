import type { Envelope } from '../../../shared/errors';
import type { OperationName } from '../../../shared/contract';

/** Sends one operation; a signal lets a read be abandoned when nobody wants its answer any more. */
export type Transport = (operation: OperationName, input: unknown, signal?: AbortSignal) => Promise<Envelope<unknown>>;

/** What the Electron preload exposes: one named function per operation, each bound to its own channel. */
type PreloadApi = Partial<Record<OperationName, (input: unknown) => Promise<Envelope<unknown>>>>;

declare global {
  interface Window {
    secretariat?: PreloadApi;
  }
}

const tokenStorageKey = 'secretariat.token';
const tokenHeader = 'x-secretariat-token';

/** The web server prints an address with #token=...; keep it for this tab and take it out of the address bar. */
export function takeTokenFromLocation(location: Location, storage: Storage, history: History): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem(tokenStorageKey, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return storage.getItem(tokenStorageKey);
}

/** IPC cannot be interrupted; an abandoned answer is simply dropped by the query cache. */
function ipcTransport(api: PreloadApi): Transport {
  return (operation, input) => {
    const call = api[operation];
    if (!call) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown_operation', reason: 'app.unknownOperation', message: `The app does not offer ${operation}` },
      });
    }
    return call(input);
  };
}

function httpTransport(token: string | null): Transport {
  return async (operation, input, signal) => {
    try {
      const response = await fetch(`/api/${operation}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { [tokenHeader]: token } : {}) },
        body: JSON.stringify(input ?? {}),
        signal: signal ?? null,
      });
      return (await response.json()) as Envelope<unknown>;
    } catch (error) {
      // A cancelled read is not a failure: let the caller see the abort itself.
      if (signal?.aborted) throw error;
      return {
        ok: false,
        error: {
          code: 'ledger_unavailable',
          reason: 'app.unreachable',
          message: `The app's server could not be reached (${(error as Error).message})`,
        },
      };
    }
  };
}

export function chooseTransport(): Transport {
  if (window.secretariat) return ipcTransport(window.secretariat);
  return httpTransport(takeTokenFromLocation(window.location, window.sessionStorage, window.history));
}
