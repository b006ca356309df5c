import type { OperationName, OperationOutput } from '../../shared/contract';
import type { Envelope } from '../../shared/errors';

/**
 * What the preload exposes as window.secretariat: one named function per contract operation.
 * Input is unknown on purpose: the main process parses it against the contract either way,
 * and the renderer's typed client narrows it before the call.
 */
export type PreloadApi = {
  readonly [Name in OperationName]: (input: unknown) => Promise<Envelope<OperationOutput<Name>>>;
};

/** The one IPC channel of an operation; main and preload both derive it from here. */
export function contractChannel<Name extends OperationName>(name: Name): `contract:${Name}` {
  return `contract:${name}`;
}
