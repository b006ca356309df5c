import { AppError } from '../../../../shared/errors';
import { toAppError } from '../../api/to-app-error';

/** Runs a command for a button: returns its result, or hands an AppError to the screen's error banner. */
export async function runCommand<T>(work: () => Promise<T>, onError: (error: AppError) => void): Promise<T | undefined> {
  try {
    return await work();
  } catch (caught) {
    onError(toAppError(caught));
    return undefined;
  }
}
