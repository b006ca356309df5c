import { useCallback, useEffect, useState } from 'react';
import type { OperationInput, OperationName, OperationOutput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { call } from './client';
import { toAppError } from './to-app-error';

export interface OperationState<T> {
  data: T | undefined;
  error: AppError | undefined;
  loading: boolean;
  reload: () => void;
}

/** Runs a read operation whenever its input changes (compared by value) and keeps the latest answer. */
export function useOperation<Name extends OperationName>(
  operation: Name,
  input: OperationInput<Name>,
): OperationState<OperationOutput<Name>> {
  const key = JSON.stringify(input);
  const [state, setState] = useState<{ data?: OperationOutput<Name>; error?: AppError; loading: boolean }>({ loading: true });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    call(operation, JSON.parse(key) as OperationInput<Name>).then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) =>
        current &&
        setState({ loading: false, error: toAppError(error) }),
    );
    return () => {
      current = false;
    };
  }, [operation, key, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
