export * from './count-tables';
export * from './published-count';
export * from './suppression-threshold';
export * from './suppression-log';
export { recoverableEntries } from './recoverability';
export { suppressGrid } from './suppress-grid';
export type { EntryState, GridEntry, SignedGrid } from './signed-grid';
