export * from './published-count';
export * from './suppression-threshold';
export * from './suppression-log';
export * from './document-disclosure';
