import { AppError } from '../../../shared/errors';

/** Anything a call rejected with, as the AppError the error banner and fields understand. */
export function toAppError(caught: unknown): AppError {
  return caught instanceof AppError ? caught : new AppError({ code: 'internal', message: String(caught) });
}
