import type { ReactNode } from 'react';

/**
 * A small badge after a name ("alias", "left", "added"). The hidden comma keeps screen readers from
 * running the two words together ("Amapola, alias", not "Amapolaalias").
 */
export function Tag({ children }: { children: ReactNode }) {
  return (
    <span className="tag">
      <span className="visually-hidden">, </span>
      {children}
    </span>
  );
}
