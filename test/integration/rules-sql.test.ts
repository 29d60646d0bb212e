/**
 * The rules→SQL compiler against the interpreter, on generated persons stored as jsonb: every row's
 * SQL verdict must agree with in-process evaluation (TRUE: truthy; FALSE: falsy or a failing
 * evaluation; NULL: left to in-process evaluation), and match counts must be equal. Runs on PGlite,
 * and on PostgreSQL when DATABASE_URL is set (in a schema of its own, dropped afterwards).
 */
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import fc from 'fast-check';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEvaluator, evaluateInBatches, toSql, truthy } from '../../platform/rules/index.js';
import {
  CUSTOM_SHAPES,
  facts as factValues,
  outcome,
  rules,
  STANDARD_SHAPES,
} from '../../platform/rules/rule-arbitraries.js';
import {
  DISTRICTS,
  ELIGIBILITY_RULE,
  HAND_WRITTEN_RULES,
  LOOKUPS,
  NAMED_RULES,
  persons,
  RAW_PERSONS,
  TODAY,
} from '../../platform/rules/rule-fixtures.js';
import type { SqlContext } from '../../platform/rules/sql/sql-types.js';

type Row = { id: number; data: Record<string, unknown> };
type Db = {
  query(sql: string, params?: readonly (string | null)[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
};

const TABLE = 'rules_sql_persons';
const context: SqlContext = {
  resolveVar: (path) => ({ sql: 'p.data', jsonPath: path.split('.') }),
  today: TODAY,
  lookups: LOOKUPS,
  rules: NAMED_RULES,
};
const evaluator = createEvaluator({ lookups: LOOKUPS, rules: NAMED_RULES });
const factsOf = (row: Row) => ({ ...row.data, today: TODAY });

async function pglite(): Promise<Db> {
  const db = await PGlite.create();
  return {
    query: async (sql, params) =>
      (await db.query<Record<string, unknown>>(sql, params ? [...params] : [])).rows,
    close: () => db.close(),
  };
}

async function postgresql(url: string): Promise<Db> {
  const schema = `rules_sql_${randomBytes(5).toString('hex')}`;
  const sql = postgres(url, { max: 1, onnotice: () => undefined });
  await sql.unsafe(`CREATE SCHEMA ${schema}`);
  await sql.unsafe(`SET search_path TO ${schema}`);
  return {
    query: async (text, params) => [...(await sql.unsafe(text, params ? [...(params as string[])] : []))],
    close: async () => {
      await sql.unsafe(`DROP SCHEMA ${schema} CASCADE`);
      await sql.end();
    },
  };
}

/** Stores the persons (as JSON text, so numbers JavaScript cannot hold are kept) and reads them back. */
async function load(db: Db): Promise<Row[]> {
  await db.query(`CREATE TABLE ${TABLE} (id serial PRIMARY KEY, data jsonb NOT NULL)`);
  const texts = [...persons(1500).map((p) => JSON.stringify(p)), ...RAW_PERSONS];
  for (let i = 0; i < texts.length; i += 250) {
    const chunk = texts.slice(i, i + 250);
    await db.query(
      `INSERT INTO ${TABLE} (data) VALUES ${chunk.map((_, j) => `($${j + 1}::text::jsonb)`).join(', ')}`,
      chunk,
    );
  }
  return (await db.query(`SELECT id, data FROM ${TABLE} ORDER BY id`)) as Row[];
}

type Verdicts = { mismatches: string[]; undecided: Row[]; matched: number };

/** Compares SQL's verdict for every row with in-process evaluation. */
async function verdicts(db: Db, rows: readonly Row[], logic: unknown): Promise<Verdicts> {
  const compiled = toSql(logic, context);
  if (!compiled.ok) throw new Error(`unsupported: ${compiled.unsupported.join(', ')}`);
  const results = await db.query(
    `SELECT id, (${compiled.sql}) AS m FROM ${TABLE} p ORDER BY id`,
    compiled.params,
  );
  const result: Verdicts = { mismatches: [], undecided: [], matched: 0 };
  results.forEach(({ m }, i) => {
    const row = rows[i] as Row;
    const local = outcome(() => evaluator.evaluate(logic, factsOf(row)));
    const holds = local.ok && truthy(local.value);
    if (m === true) result.matched++;
    if (m === null) result.undecided.push(row);
    else if (m !== holds)
      result.mismatches.push(
        `${JSON.stringify(row.data)}: SQL ${m}, in process ${local.ok ? JSON.stringify(local.value) : 'error'}`,
      );
  });
  return result;
}

async function countInSql(db: Db, logic: unknown): Promise<{ matched: number; undecided: number }> {
  const compiled = toSql(logic, context);
  if (!compiled.ok) throw new Error('unsupported');
  const [row] = await db.query(
    `SELECT count(*) FILTER (WHERE m IS TRUE)::int AS matched, count(*) FILTER (WHERE m IS NULL)::int AS undecided FROM (SELECT (${compiled.sql}) AS m FROM ${TABLE} p) q`,
    compiled.params,
  );
  return { matched: Number(row?.matched), undecided: Number(row?.undecided) };
}

const SQL_OPERATORS = new Set(
  [...STANDARD_SHAPES, ...CUSTOM_SHAPES]
    .map((shape) => shape.name)
    .filter(
      (name) =>
        ![
          '==',
          '!=',
          'merge',
          'map',
          'filter',
          'reduce',
          'log',
          'working_days_between',
          'add_working_days',
        ].includes(name),
    ),
);

const backends: [string, () => Promise<Db>][] = [['PGlite', pglite]];
if (process.env.DATABASE_URL)
  backends.push(['PostgreSQL', () => postgresql(process.env.DATABASE_URL as string)]);

describe.each(backends)('rules → SQL on %s', (_name, open) => {
  let db: Db;
  let rows: Row[];
  beforeAll(async () => {
    db = await open();
    rows = await load(db);
  });
  afterAll(async () => db?.close());

  it.each(HAND_WRITTEN_RULES)('%s: every row agrees with in-process evaluation', async (_title, logic) => {
    const { mismatches, undecided } = await verdicts(db, rows, logic);
    expect(mismatches).toEqual([]);
    // Only rows with exotic values (numbers beyond double range, one-item arrays as numbers…) may be left undecided.
    expect(undecided.length).toBeLessThanOrEqual(Math.max(RAW_PERSONS.length, rows.length / 100));
  });

  it('counts the eligibility rule exactly as in-process evaluation in batches does', async () => {
    const inSql = await countInSql(db, ELIGIBILITY_RULE);
    const inProcess = await evaluateInBatches({
      fetchBatch: async (cursor) => {
        const after = cursor === undefined ? 0 : Number(cursor);
        const page = (await db.query(
          `SELECT id, data FROM ${TABLE} WHERE id > ${after} ORDER BY id LIMIT 400`,
        )) as Row[];
        return { rows: page, next: page.length > 0 ? String(page[page.length - 1]?.id) : undefined };
      },
      evaluator,
      logic: ELIGIBILITY_RULE,
      factsOf,
    });
    expect(inProcess.evaluated).toBe(rows.length);
    expect(inSql.undecided).toBe(0);
    expect(inSql.matched).toBe(inProcess.matched);
    expect(inSql.matched).toBeGreaterThan(5);
  });

  it('agrees with in-process evaluation on random rules of the SQL operators', async () => {
    const shapes = [...STANDARD_SHAPES, ...CUSTOM_SHAPES].filter((s) => SQL_OPERATORS.has(s.name));
    const sample = fc.sample(rules(shapes, 3), { seed: 20250601, numRuns: 400 });
    let supported = 0;
    for (const logic of sample) {
      if (!toSql(logic, context).ok) continue;
      supported++;
      const { mismatches, undecided, matched } = await verdicts(db, rows, logic);
      expect(mismatches, JSON.stringify(logic)).toEqual([]);
      const local = undecided.filter((row) => {
        const o = outcome(() => evaluator.evaluate(logic, factsOf(row)));
        return o.ok && truthy(o.value);
      }).length;
      const all = rows.filter((row) => {
        const o = outcome(() => evaluator.evaluate(logic, factsOf(row)));
        return o.ok && truthy(o.value);
      }).length;
      expect(matched + local, JSON.stringify(logic)).toBe(all);
    }
    expect(supported).toBeGreaterThan(100);
  });
});

describe('generated persons', () => {
  it('include the awkward cases the comparison must survive', () => {
    const sample = persons(1500);
    const incomes = sample.map((p) => (p.household as Record<string, unknown> | undefined)?.monthlyIncome);
    expect(incomes.some((v) => typeof v === 'string')).toBe(true);
    expect(incomes.some((v) => v === null)).toBe(true);
    expect(incomes.some((v) => v === undefined)).toBe(true);
    expect(
      sample.some((p) => (p.person as Record<string, unknown> | undefined)?.district === DISTRICTS[0]),
    ).toBe(true);
    expect(fc.sample(factValues, { seed: 1, numRuns: 10 }).length).toBe(10);
  });
});
