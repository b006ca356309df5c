import os from 'node:os';

/**
 * The account the app runs under, recorded with every change: the app has no log-in of its own, and
 * on a shared office computer the account is what tells one coordinator from another.
 */
export function currentActor(): string | null {
  try {
    return os.userInfo().username || null;
  } catch {
    // Some containers run under a user id with no name.
    return null;
  }
}
