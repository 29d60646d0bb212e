import { isPlatformError } from '../kernel/errors.js';
import { truthy } from './truthy.js';
import type { Evaluator } from './types.js';

/** One page of records from the caller's store, and where the next page starts (none: done). */
export type Batch<Row> = { readonly rows: readonly Row[]; readonly next?: string | undefined };

export type BatchProgress = {
  readonly evaluated: number;
  readonly matched: number;
  readonly failed: number;
  /** Total records, when the caller knows it. */
  readonly total?: number | undefined;
};

export type EvaluateInBatchesOptions<Row> = {
  /** Fetches the page after `cursor` (undefined: the first), e.g. by keyset on the primary key. */
  readonly fetchBatch: (cursor: string | undefined) => Promise<Batch<Row>>;
  readonly evaluator: Evaluator;
  readonly logic: unknown;
  /** The facts of a record (default: the record itself). */
  readonly factsOf?: (row: Row) => unknown;
  /** Called for each record the rule holds for. */
  readonly onMatch?: (row: Row) => void;
  /** Called after each page. */
  readonly onProgress?: (progress: BatchProgress) => void;
  readonly total?: number;
  /** Stops between pages when aborted. */
  readonly signal?: AbortSignal;
};

/**
 * The fallback for rules SQL cannot express (and for rows SQL left undecided): page through the
 * records and evaluate the compiled rule in process. Records whose evaluation fails (a rule error
 * on odd data) are counted as failed, not matched, and the run goes on.
 */
export async function evaluateInBatches<Row>(options: EvaluateInBatchesOptions<Row>): Promise<BatchProgress> {
  const rule = options.evaluator.compile(options.logic);
  const factsOf = options.factsOf ?? ((row: Row) => row);
  let cursor: string | undefined;
  let evaluated = 0;
  let matched = 0;
  let failed = 0;
  do {
    options.signal?.throwIfAborted();
    const batch = await options.fetchBatch(cursor);
    for (const row of batch.rows) {
      evaluated++;
      try {
        if (truthy(rule(factsOf(row)))) {
          matched++;
          options.onMatch?.(row);
        }
      } catch (error) {
        if (!isPlatformError(error)) throw error;
        failed++;
      }
    }
    options.onProgress?.({ evaluated, matched, failed, total: options.total });
    cursor = batch.rows.length > 0 ? batch.next : undefined;
  } while (cursor !== undefined);
  return { evaluated, matched, failed, total: options.total };
}
