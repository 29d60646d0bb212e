import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../database.js';

/**
 * Runs a generated analytics query with PostgreSQL's JIT off, for this query only: the compiled
 * rule expressions are large and compiling them took longer than it saved (BENCHMARKS.md).
 */
export function analyticsRows<Row extends Record<string, unknown>>(db: Db, query: SQL): Promise<Row[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL jit = off`);
    return queryRows<Row>(tx, query);
  });
}
