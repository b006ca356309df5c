/** A foreign key from one table's column to another table. */
export interface ForeignKey {
  table: string;
  column: string;
  references: string;
  nullable: boolean;
}

export interface InsertionPlan {
  /** Tables in an order where every row's references already exist... */
  order: string[];
  /** ...except these nullable columns, written null first and set once every table is in. */
  deferred: ForeignKey[];
}

/**
 * Orders tables so each comes after the tables it refers to. A cycle (organisations name their own
 * member record, members name their organisation) is broken at a nullable foreign key, filled in at
 * the end. A self-reference needs no order.
 */
export function insertionPlan(tables: readonly string[], keys: readonly ForeignKey[]): InsertionPlan {
  const remaining = new Set(tables);
  const order: string[] = [];
  const deferred: ForeignKey[] = [];
  const pending = (table: string) =>
    keys.filter((key) => key.table === table && key.references !== table && remaining.has(key.references) && !deferred.includes(key));
  while (remaining.size > 0) {
    const ready = [...remaining].sort().find((table) => pending(table).length === 0);
    if (ready) {
      order.push(ready);
      remaining.delete(ready);
      continue;
    }
    const breakable = [...remaining].sort().flatMap((table) => pending(table)).find((key) => key.nullable);
    if (!breakable) throw new Error(`the tables ${[...remaining].join(', ')} refer to each other through required columns`);
    deferred.push(breakable);
  }
  return { order, deferred };
}
