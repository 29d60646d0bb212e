import { describe, expect, it } from 'vitest';
import { createEvaluator } from './create-evaluator.js';
import { type BatchProgress, evaluateInBatches } from './evaluate-in-batches.js';

type Person = { id: number; age: unknown };
const people: Person[] = Array.from({ length: 25 }, (_, i) => ({
  id: i + 1,
  age: i === 7 ? { toString: 1 } : i * 3,
}));

/** Keyset pages of `size` over `people`, as a repository would serve them. */
const pages = (size: number) => async (cursor: string | undefined) => {
  const after = cursor === undefined ? 0 : Number(cursor);
  const rows = people.filter((p) => p.id > after).slice(0, size);
  return { rows, next: rows.length === size ? String(rows[rows.length - 1]?.id) : undefined };
};

describe('evaluateInBatches', () => {
  it('pages through every record, reporting progress, matches and failures', async () => {
    const progress: BatchProgress[] = [];
    const matches: number[] = [];
    const result = await evaluateInBatches({
      fetchBatch: pages(10),
      evaluator: createEvaluator(),
      logic: { '>=': [{ var: 'age' }, 18] },
      onMatch: (row) => matches.push(row.id),
      onProgress: (p) => progress.push(p),
      total: people.length,
    });
    expect(result).toEqual({ evaluated: 25, matched: 18, failed: 1, total: 25 });
    expect(progress.map((p) => p.evaluated)).toEqual([10, 20, 25]);
    expect(matches[0]).toBe(7);
  });

  it('takes the facts from each record and stops when aborted', async () => {
    const controller = new AbortController();
    const run = evaluateInBatches({
      fetchBatch: async (cursor) => {
        controller.abort();
        return pages(5)(cursor);
      },
      evaluator: createEvaluator(),
      logic: { var: 'x' },
      factsOf: (row: Person) => ({ x: row.id }),
      signal: controller.signal,
    });
    await expect(run).rejects.toThrow();
  });
});
