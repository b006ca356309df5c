import type { OperationInput, OperationName, OperationOutput } from '../../shared/contract';
import type { Dispatch } from '../../electron/handlers/dispatch';

/** Calls an operation through the dispatcher and returns its typed output, failing loudly otherwise. */
export async function callOk<Name extends OperationName>(
  dispatch: Dispatch,
  operation: Name,
  input: OperationInput<Name>,
): Promise<OperationOutput<Name>> {
  const envelope = await dispatch(operation, input);
  if (!envelope.ok) throw new Error(`${operation} failed: ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.data as OperationOutput<Name>;
}
