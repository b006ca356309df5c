// Types of with-postgres.mjs for the TypeScript that imports it (the e2e tests on a server ledger).
export const testDatabaseUrlVariable: string;
export function findPostgresBin(env?: NodeJS.ProcessEnv): string | null;
/** Starts a throwaway cluster on 127.0.0.1; stop() stops it and deletes its folder. */
export function startThrowawayCluster(): Promise<{ url: string; folder: string; stop(): void }>;
