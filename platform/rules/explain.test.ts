import { describe, expect, it } from 'vitest';
import { createEvaluator } from './create-evaluator.js';
import type { TraceNode } from './types.js';

const evaluator = createEvaluator({ rules: { adult: { '>=': [{ var: 'age' }, 18] } } });

/** The trace without values of literals, for compact expectations. */
const shape = (node: TraceNode): unknown => ({
  op: node.op,
  ...(node.path !== undefined ? { path: node.path } : {}),
  ...(node.op !== 'value' ? { value: node.value } : { value: node.value }),
  ...(node.passed !== undefined ? { passed: node.passed } : {}),
  ...(node.skipped ? { skipped: true } : {}),
  ...(node.item !== undefined ? { item: node.item } : {}),
  ...(node.args.length > 0 ? { args: node.args.map(shape) } : {}),
});

describe('explain', () => {
  it('records each evaluated condition with the actual values and the verdict', () => {
    const { value, trace } = evaluator.explain(
      { and: [{ '<': [{ var: 'age' }, 18] }, { var: 'consent' }] },
      { age: 17 },
    );
    expect(value).toBeNull();
    expect(shape(trace)).toEqual({
      op: 'and',
      value: null,
      passed: false,
      args: [
        {
          op: '<',
          value: true,
          passed: true,
          args: [
            { op: 'var', path: 'age', value: 17 },
            { op: 'value', value: 18 },
          ],
        },
        { op: 'var', path: 'consent', value: null, passed: false },
      ],
    });
  });

  it('marks arguments skipped by short-circuiting, keeping their shape', () => {
    const { trace } = evaluator.explain({ or: [{ var: 'a' }, { '===': [{ var: 'b' }, 1] }] }, { a: 'x' });
    expect(shape(trace.args[1]!)).toEqual({
      op: '===',
      value: undefined,
      skipped: true,
      args: [
        { op: 'var', path: 'b', value: undefined, skipped: true },
        { op: 'value', value: 1, skipped: true },
      ],
    });
  });

  it('records which branch of an if was taken', () => {
    const { value, trace } = evaluator.explain(
      { if: [{ var: 'a' }, 'A', { var: 'b' }, 'B', 'C'] },
      { b: true },
    );
    expect(value).toBe('B');
    expect(trace.args.map((a) => [a.op, a.skipped === true, a.passed])).toEqual([
      ['var', false, false],
      ['value', true, undefined],
      ['var', false, true],
      ['value', false, undefined],
      ['value', true, undefined],
    ]);
  });

  it('records array operators per item, with the item index', () => {
    const { trace } = evaluator.explain(
      { some: [{ var: 'members' }, { '<': [{ var: 'age' }, 18] }] },
      { members: [{ age: 40 }, { age: 9 }, { age: 3 }] },
    );
    expect(trace.args.slice(1).map((a) => [a.item, a.passed])).toEqual([
      [0, false],
      [1, true],
    ]);
  });

  it('records a named rule with its own trace under it', () => {
    const { trace } = evaluator.explain({ rule: 'adult' }, { age: 20 });
    expect(trace.op).toBe('rule');
    expect(trace.path).toBe('adult');
    expect(trace.args[0]?.op).toBe('>=');
    expect(trace.passed).toBe(true);
  });

  it('gives the same value as evaluate', () => {
    const rule = { cat: [{ var: 'a' }, { if: [{ var: 'b' }, 1, 2] }] };
    expect(evaluator.explain(rule, { a: 'x' }).value).toBe(evaluator.evaluate(rule, { a: 'x' }));
  });
});
