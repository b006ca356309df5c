import { AppError } from '../../../../shared/errors';

/** Runs a command for a button: returns its result, or hands an AppError to the screen's error banner. */
export async function runCommand<T>(work: () => Promise<T>, onError: (error: AppError) => void): Promise<T | undefined> {
  try {
    return await work();
  } catch (caught) {
    onError(caught instanceof AppError ? caught : new AppError({ code: 'internal', message: String(caught) }));
    return undefined;
  }
}
