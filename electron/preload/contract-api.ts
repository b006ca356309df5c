import { operationNames, type OperationName } from '../../shared/contract';
import { contractChannel, type PreloadApi } from './api-type';

export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

/**
 * One function per operation, each closed over its own fixed channel, so the page can reach
 * exactly the contract's channels and never name an arbitrary one.
 */
export function buildPreloadApi(invoke: Invoke): PreloadApi {
  const api: Partial<Record<OperationName, (input: unknown) => Promise<unknown>>> = {};
  for (const name of operationNames) {
    const channel = contractChannel(name);
    api[name] = (input) => invoke(channel, input);
  }
  // The one cast: the loop covers every contract name, and the main process answers each
  // channel with an Envelope of that operation's output (see electron/main/ipc.ts).
  return Object.freeze(api) as PreloadApi;
}
