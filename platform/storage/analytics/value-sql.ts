/**
 * The number of a `sum` or `average` per record, in SQL. A record has a value when the expression
 * yields a finite number; these forms are read exactly: a number, `{"var": path}` (a JSON number
 * or a numeric column), and `{"count_if": [{"var": path}]}` (an array's length). Other
 * expressions are evaluated in process.
 */
import { type SQL, sql } from 'drizzle-orm';
import { argumentsOf, isLogic, operatorOf } from '../../rules/logic-shape.js';
import type { FactJoins } from './case-fact-sql.js';
import type { Compiled } from './condition-sql.js';
import { factArrayLength, factNumber } from './fact-reads.js';
import type { PopulationSource } from './population-source.js';

const unsupported = (what: string): Compiled => ({ ok: false, unsupported: [what] });
const found = (value: SQL | undefined, what: string): Compiled =>
  value === undefined ? unsupported(what) : { ok: true, sql: value };

/** The literal path of `{"var": path}` or `{"var": [path]}`, else undefined. */
function varPath(logic: unknown): string | undefined {
  if (!isLogic(logic) || operatorOf(logic) !== 'var') return undefined;
  const args = argumentsOf(logic, 'var');
  return args.length === 1 && typeof args[0] === 'string' && args[0] !== '' ? args[0] : undefined;
}

/** The record's number for `sum`/`average` in SQL (NULL: no number), or what SQL cannot read. */
export function valueSql(logic: unknown, source: PopulationSource, joins: FactJoins): Compiled {
  if (typeof logic === 'number')
    return Number.isFinite(logic)
      ? { ok: true, sql: sql`${String(logic)}::text::numeric` }
      : unsupported('value');
  if (logic === null || typeof logic === 'string' || typeof logic === 'boolean')
    return { ok: true, sql: sql`NULL::numeric` };
  const path = varPath(logic);
  if (path !== undefined) return found(factNumber(source, joins, path), `var ${path}`);
  if (isLogic(logic) && operatorOf(logic) === 'count_if') {
    const args = argumentsOf(logic, 'count_if');
    const list = args.length === 1 ? varPath(args[0]) : undefined;
    if (list !== undefined) return found(factArrayLength(source, joins, list), `var ${list}`);
  }
  return unsupported(isLogic(logic) ? `value ${operatorOf(logic)}` : 'value');
}
