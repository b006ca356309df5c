import type { OperationInput, OperationName, OperationOutput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { chooseTransport, type Transport } from './transports';

let transport: Transport | undefined;

/** Calls one contract operation; resolves with its output or rejects with an AppError. */
export async function call<Name extends OperationName>(
  operation: Name,
  input: OperationInput<Name>,
  options: { signal?: AbortSignal } = {},
): Promise<OperationOutput<Name>> {
  transport ??= chooseTransport();
  const envelope = await transport(operation, input, options.signal);
  if (!envelope.ok) throw new AppError(envelope.error);
  return envelope.data as OperationOutput<Name>;
}
