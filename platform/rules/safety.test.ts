import { describe, expect, it } from 'vitest';
import { isPlatformError } from '../kernel/errors.js';
import { generateRule } from './compile/compile-rule.js';
import { createEvaluator } from './create-evaluator.js';

const evaluator = createEvaluator({ limits: { maxIterations: 100_000 } });
const modes = [
  ['interpreter', (logic: unknown, data: unknown) => evaluator.evaluate(logic, data)],
  ['compiled', (logic: unknown, data: unknown) => evaluator.compile(logic)(data)],
  ['explain', (logic: unknown, data: unknown) => evaluator.explain(logic, data).value],
] as const;

function failure(run: () => unknown): Error & { code?: string } {
  try {
    run();
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected the evaluation to fail');
}

const nested = (depth: number): unknown => {
  let logic: unknown = true;
  for (let i = 0; i < depth; i++) logic = { '!': [logic] };
  return logic;
};

describe.each(modes)('safety (%s)', (_mode, run) => {
  const hostile = JSON.parse(
    '{"__proto__": {"polluted": "yes"}, "constructor": {"name": "x"}, "a": {"b": 1}}',
  );

  it.each([
    [{ var: '__proto__' }],
    [{ var: '__proto__.polluted' }],
    [{ var: 'constructor' }],
    [{ var: 'constructor.name' }],
    [{ var: 'a.constructor' }],
    [{ var: 'a.b.constructor.prototype' }],
    [{ var: { cat: ['__pro', 'to__'] } }],
    [{ var: 'toString' }],
    [{ var: 'a.hasOwnProperty' }],
  ])('%j finds nothing, even where the data has such a key', (logic) => {
    expect(run(logic, hostile)).toBeNull();
    expect(run({ var: [(logic as { var: unknown }).var, 'default'] }, hostile)).toBe('default');
  });

  it('ignores polluted prototypes', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.pathwayPolluted = 'yes';
    try {
      expect(run({ var: 'pathwayPolluted' }, {})).toBeNull();
      expect(run({ var: 'a.pathwayPolluted' }, { a: {} })).toBeNull();
      expect(run({ var: 'a.pathwayPolluted' }, { a: { pathwayPolluted: 'yes' } })).toBe('yes');
      expect(run({ missing: ['pathwayPolluted'] }, {})).toEqual(['pathwayPolluted']);
    } finally {
      delete proto.pathwayPolluted;
    }
  });

  it.each([
    ['too deep', nested(5000), /nested too deeply/],
    ['too large', { in: [1, Array.from({ length: 30_000 }, (_, i) => i)] }, /too large/],
    ['an unknown operator', { and: [true, { eval: ['1'] }] }, /Unknown operator "eval"/],
    ['"*" without arguments', { '*': [] }, /needs at least one argument/],
  ])('rejects a rule that is %s', (_name, logic, message) => {
    const error = failure(() => run(logic, {}));
    expect(isPlatformError(error) && error.code).toBe('bad_request');
    expect(error.message).toMatch(message);
  });

  it.each([
    ['nested loops over large data', { map: [{ var: 'rows' }, { map: [{ var: '' }, { var: '' }] }] }],
    [
      'a merge that doubles',
      { reduce: [{ var: 'rows' }, { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, [1]] },
    ],
    [
      'a text that doubles',
      { reduce: [{ var: 'rows' }, { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] }, 'ab'] },
    ],
  ])('stops %s at the iteration limit instead of hanging', (_name, logic) => {
    const rows = Array.from({ length: 400 }, () => Array.from({ length: 400 }, (_, i) => i));
    const started = Date.now();
    const error = failure(() => run(logic, { rows }));
    expect(error.message).toMatch(/iteration limit/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('turns JavaScript coercion failures on hostile data into rule errors', () => {
    const error = failure(() => run({ '<': [{ var: 'x' }, 1] }, { x: { toString: 1, valueOf: 1 } }));
    expect(isPlatformError(error)).toBe(true);
  });

  it('turns runaway recursion in data into a rule error', () => {
    let deep: unknown = [];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const error = failure(() => run({ cat: [{ var: 'deep' }] }, { deep }));
    expect(isPlatformError(error)).toBe(true);
  });
});

describe('generated code', () => {
  const sneaky = '"); globalThis["pwned"] = true; ("';

  it('keeps definition text out of the code: strings, paths and operator names are data', () => {
    const rule = {
      and: [{ '===': [{ var: sneaky }, sneaky] }, { [`${sneaky}op`]: [1] }, { in: [sneaky, [sneaky, 'x']] }],
    };
    const { source } = generateRule(rule);
    expect(source).not.toContain(`${sneaky}op`);
    expect(source).not.toContain('globalThis["pwned"] = true; ("');
    expect(evaluator.compile({ '===': [{ var: sneaky }, sneaky] })({ [sneaky]: sneaky })).toBe(true);
    expect(() => evaluator.compile(rule)({})).not.toThrow();
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });

  it('compiles once per rule object', () => {
    const rule = { '>': [{ var: 'n' }, 1] };
    expect(evaluator.compile(rule)).toBe(evaluator.compile(rule));
  });
});
