import pg from 'pg';

// PostgreSQL returns 64-bit integers (count(*), sum() of integers) and numerics (avg()) as strings,
// since they may exceed a JavaScript number. The ledger's counts and integer cents never come near
// 2^53, and SQLite returns them as numbers: parsing them here keeps one behaviour on both engines.
const int8Oid = 20;
const numericOid = 1700;

const ledgerTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === int8Oid || oid === numericOid) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig['getTypeParser'],
};

export interface LedgerPoolOptions {
  /** Connections kept open at most; each coordinator's app needs few. */
  max?: number;
}

/** A connection pool to the ledger's database, with the ledger's own type parsing and a clear app name. */
export function createLedgerPool(url: string, options: LedgerPoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    types: ledgerTypes,
    max: options.max ?? 6,
    application_name: 'network-secretariat',
    // A ledger is small and stays in the server's memory: PostgreSQL's default cost of a random read
    // (spinning disks) keeps it from its indexes (the search's trigram index among them).
    options: '-c random_page_cost=1.1',
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection the server closed (a restart, an administrator ending sessions) is reported here;
  // unheard, it would end the process. The pool drops it and the next query opens another, and a server
  // still away is reported by that query, to the coordinator, in the operation they were doing.
  pool.on('error', () => undefined);
  return pool;
}

/** The URL as it may be shown or logged: the password is never printed. */
export function displayedDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unreadable address)';
  }
}
