/**
 * Match count of a new eligibility rule over 1,000,000 generated persons on PostgreSQL: the rule
 * compiled to SQL (one `count(*)`), against fetching every person and evaluating the compiled rule
 * in Node. Uses its own schema, dropped afterwards.
 */
import postgres from 'postgres';
import { createEvaluator, truthy } from '../../platform/rules/index.js';
import { DISTRICTS, ELIGIBILITY_RULE, TODAY } from '../../platform/rules/rule-fixtures.js';
import { toSql } from '../../platform/rules/sql/to-sql.js';

export const title = 'Rules: SQL match count vs in-process evaluation';

const PERSONS = Number(process.env.RULES_BENCH_PERSONS ?? 1_000_000);
const URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Persons with realistic gaps: missing and null fields, numbers as text, unknown dates. */
const GENERATE = (table: string) => `
  INSERT INTO ${table} (id, data)
  SELECT g, jsonb_build_object(
    'person', jsonb_strip_nulls(jsonb_build_object(
      'birthDate', CASE WHEN random() < 0.02 THEN NULL WHEN random() < 0.01 THEN 'unknown'
                   ELSE to_char(DATE '1955-01-01' + floor(random() * 25000)::int, 'YYYY-MM-DD') END,
      'district', CASE WHEN random() < 0.01 THEN NULL
                  ELSE (ARRAY[${[...DISTRICTS, 'Uchtepa', 'Yashnobod'].map((d) => `'${d}'`).join(', ')}])[1 + floor(random() * 10)::int] END,
      'disabilityGroup', (ARRAY['I', 'II', 'III', 'none'])[1 + floor(random() * 4)::int],
      'status', CASE WHEN random() < 0.03 THEN 'deceased' ELSE 'active' END,
      'employed', random() < 0.3,
      'citizenship', CASE WHEN random() < 0.05 THEN 'KZ' ELSE 'UZ' END)),
    'household', jsonb_build_object(
      'monthlyIncome', CASE WHEN random() < 0.01 THEN to_jsonb('unknown'::text) WHEN random() < 0.02 THEN 'null'::jsonb
                       WHEN random() < 0.03 THEN to_jsonb(floor(random() * 4000000)::text) ELSE to_jsonb(floor(random() * 5000000)) END,
      'size', 1 + floor(random() * 7)),
    'consent', jsonb_build_object('given', random() < 0.9),
    'registration', jsonb_build_object('monthsUnemployed', floor(random() * 36)))
  FROM generate_series(1, ${PERSONS}) AS g`;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

export async function run(log: (line: string) => void): Promise<string> {
  const sql = postgres(URL, { onnotice: () => undefined, max: 2, connect_timeout: 5 });
  try {
    await sql`select 1`;
  } catch (error) {
    await sql.end({ timeout: 1 });
    return `PostgreSQL was not reachable at the configured DATABASE_URL (${(error as Error).message}); the SQL benchmark did not run.`;
  }
  const schema = `rules_bench_${process.pid}`;
  const table = `${schema}.persons`;
  try {
    await sql.unsafe(`CREATE SCHEMA ${schema}`);
    await sql.unsafe(`CREATE TABLE ${table} (id bigint PRIMARY KEY, data jsonb NOT NULL)`);
    log(`generating ${PERSONS.toLocaleString('en')} persons…`);
    await sql.unsafe('SELECT setseed(0.42)');
    const load = await timed(() => sql.unsafe(GENERATE(table)));
    await sql.unsafe(`VACUUM ANALYZE ${table}`);
    log(`loaded in ${seconds(load.ms)}`);
    return await measure(sql, table, log);
  } finally {
    await sql.unsafe(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await sql.end({ timeout: 5 });
  }
}

async function measure(sql: postgres.Sql, table: string, log: (line: string) => void): Promise<string> {
  const compiled = toSql(ELIGIBILITY_RULE, {
    resolveVar: (path) => ({ sql: 'p.data', jsonPath: path.split('.') }),
    today: TODAY,
  });
  if (!compiled.ok) throw new Error(`rule not expressible in SQL: ${compiled.unsupported.join(', ')}`);
  const evaluator = createEvaluator();
  const rule = evaluator.compile(ELIGIBILITY_RULE);
  const params = compiled.params as string[];

  const inSql = async () => {
    const [row] = await sql.unsafe(
      `SELECT count(*) FILTER (WHERE m IS TRUE)::int AS matched, count(*) FILTER (WHERE m IS NULL)::int AS undecided FROM (SELECT (${compiled.sql}) AS m FROM ${table} p) q`,
      params,
    );
    let matched = Number(row?.matched);
    if (Number(row?.undecided) > 0) {
      const rows = await sql.unsafe(`SELECT data FROM ${table} p WHERE (${compiled.sql}) IS NULL`, params);
      for (const { data } of rows) if (truthy(rule({ ...data, today: TODAY }))) matched++;
    }
    return { matched, undecided: Number(row?.undecided) };
  };
  const inNode = async () => {
    let matched = 0;
    await sql`SELECT data FROM ${sql.unsafe(table)}`.cursor(10_000, (rows) => {
      for (const { data } of rows) {
        data.today = TODAY;
        if (truthy(rule(data))) matched++;
      }
    });
    return matched;
  };

  const sqlRuns: number[] = [];
  let sqlResult = { matched: 0, undecided: 0 };
  for (let i = 0; i < 3; i++) {
    const { ms, value } = await timed(inSql);
    sqlRuns.push(ms);
    sqlResult = value;
    log(`SQL count: ${seconds(ms)} (${value.matched} matched, ${value.undecided} undecided)`);
  }
  const nodeRuns: number[] = [];
  let nodeMatched = 0;
  for (let i = 0; i < 2; i++) {
    const { ms, value } = await timed(inNode);
    nodeRuns.push(ms);
    nodeMatched = value;
    log(`fetch + evaluate in Node: ${seconds(ms)} (${value} matched)`);
  }
  if (nodeMatched !== sqlResult.matched)
    throw new Error(`counts differ: SQL ${sqlResult.matched}, Node ${nodeMatched}`);
  const sqlMs = [...sqlRuns].sort((a, b) => a - b)[1] ?? 0;
  const nodeMs = Math.min(...nodeRuns);
  return [
    `Rule: the 10-condition eligibility rule of \`platform/rules/rule-fixtures.ts\`, over ${PERSONS.toLocaleString('en')} generated persons (jsonb, with missing fields, nulls, numbers stored as text and unparseable dates), PostgreSQL 15 on this machine.`,
    '',
    '| method | time | persons matched |',
    '|---|---:|---:|',
    `| SQL: \`toSql\` condition in one \`count(*)\` (median of 3) | ${seconds(sqlMs)} | ${sqlResult.matched.toLocaleString('en')} |`,
    `| fetch all rows (cursor, 10,000 per batch) and evaluate the compiled rule in Node (best of 2) | ${seconds(nodeMs)} | ${nodeMatched.toLocaleString('en')} |`,
    '',
    `SQL is **${(nodeMs / sqlMs).toFixed(1)}×** faster (target ≥ 20×). ${sqlResult.undecided} rows were undecided in SQL and evaluated in process; both counts agree.`,
  ].join('\n');
}
