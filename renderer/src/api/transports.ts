import type { Envelope } from '../../../shared/errors';
import type { OperationName } from '../../../shared/contract';

export type Transport = (operation: OperationName, input: unknown) => Promise<Envelope<unknown>>;

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

function ipcTransport(api: PreloadApi): Transport {
  return (operation, input) => {
    const call = api[operation];
    if (!call) return Promise.resolve({ ok: false, error: { code: 'unknown_operation', message: `The app does not offer ${operation}` } });
    return call(input);
  };
}

function httpTransport(token: string | null): Transport {
  return async (operation, input) => {
    try {
      const response = await fetch(`/api/${operation}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { [tokenHeader]: token } : {}) },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as Envelope<unknown>;
    } catch (error) {
      return {
        ok: false,
        error: { code: 'ledger_unavailable', message: `The app's server could not be reached (${(error as Error).message})` },
      };
    }
  };
}

export function chooseTransport(): Transport {
  if (window.secretariat) return ipcTransport(window.secretariat);
  return httpTransport(takeTokenFromLocation(window.location, window.sessionStorage, window.history));
}
