import { describe, expect, it } from 'vitest';
import type { SqlContext } from './sql-types.js';
import { toSql } from './to-sql.js';

const context: SqlContext = {
  resolveVar: (path) =>
    path.startsWith('unmapped') ? undefined : { sql: 'p.data', jsonPath: path.split('.') },
  today: '2025-06-01',
  lookups: { groups: [{ value: 'I' }, { value: 'II', parent: 'a' }] },
  rules: { adult: { '>=': [{ age_years: [{ var: 'dob' }] }, 18] }, loop: { rule: 'loop' } },
};

const compiled = (logic: unknown, ctx: SqlContext = context) => {
  const result = toSql(logic, ctx);
  if (!result.ok) throw new Error(`unsupported: ${result.unsupported.join(', ')}`);
  return result;
};

describe('toSql', () => {
  it('keeps every value and key out of the SQL text', () => {
    const hostile = "x'); DROP TABLE persons; --";
    const { sql, params } = compiled({
      and: [
        { '===': [{ var: `a.${hostile}` }, hostile] },
        { in: [{ var: 'b' }, [hostile, 'y']] },
        { '<': [{ var: 'c' }, 7] },
      ],
    });
    expect(sql).not.toContain('DROP');
    expect(sql).not.toContain("x');");
    expect(params).toContain(hostile);
    expect(params).toContain(JSON.stringify(hostile));
    expect(sql).toMatch(/\$1::text/);
  });

  it('numbers parameters from paramStart, consecutively, without gaps', () => {
    const { sql, params } = compiled({ '===': [{ var: 'a' }, 'x'] }, { ...context, paramStart: 4 });
    const used = [...sql.matchAll(/\$(\d+)::/g)].map((m) => Number(m[1]));
    expect(Math.min(...used)).toBe(4);
    expect(new Set(used)).toEqual(new Set(params.map((_, i) => i + 4)));
  });

  it.each([
    [{ '==': [{ var: 'a' }, 1] }, ['==']],
    [{ merge: [[1], [2]] }, ['merge']],
    [{ some: [{ map: [{ var: 'xs' }, { var: '' }] }, true] }, ['map']],
    [{ working_days_between: ['2025-01-01', { var: 'd' }] }, ['working_days_between']],
    [{ '===': [{ var: 'unmapped.field' }, 1] }, ['var unmapped.field']],
    [{ '===': [{ var: { cat: ['a', 'b'] } }, 1] }, ['var with a computed path']],
    [{ '===': [{ var: 'list.0' }, 1] }, ['var list.0']],
    [{ '<': [{ var: 's.length' }, 3] }, ['var s.length']],
    [{ if: [{ and: [true, { var: 'a' }] }, { '==': [1, 1] }, { reduce: [[], true, 0] }] }, ['==', 'reduce']],
    [{ rule: 'loop' }, ['rule loop']],
    [{ rule: 'missing-rule' }, ['rule missing-rule']],
    [{ in_lookup: ['nope', { var: 'g' }] }, ['in_lookup']],
    [[{ var: 'a' }], ['a list of expressions']],
  ])('reports %j as unsupported: %j', (logic, unsupported) => {
    expect(toSql(logic, context)).toEqual({ ok: false, unsupported });
  });

  it('reads `today` from the context', () => {
    const { params } = compiled({ '<': [{ var: 'today' }, { var: 'deadline' }] });
    expect(params).toContain('2025-06-01');
  });

  it('inlines named rules and lookups', () => {
    const { sql, params } = compiled({
      and: [{ rule: 'adult' }, { in_lookup: ['groups', { var: 'g' }, 'a'] }],
    });
    expect(params).toContain('"II"');
    expect(params).not.toContain('"I"');
    expect(sql).toContain('COLLATE "C"');
  });

  it('turns a path through __proto__ into the missing value, as the interpreter does', () => {
    const { sql } = compiled({ '===': [{ var: '__proto__.x' }, null] });
    expect(sql).toBe('TRUE');
  });
});
