import { useState } from 'react';
import type { AppError } from '../../../../shared/errors';
import { runCommand } from './run-command';

/** A command a form sends: busy while it runs, and its error for the fields and the banner. */
export function useCommand() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError>();
  async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setError(undefined);
    const result = await runCommand(work, setError);
    setBusy(false);
    return result;
  }
  return { busy, error, run };
}
