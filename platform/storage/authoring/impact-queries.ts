import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { FieldUse, ImpactQuery } from '../../cases/authoring/authoring-store.js';
import type { JsonValue } from '../../kernel/json.js';
import type { Db } from '../database.js';
import { cases, memberships, tasks } from '../schema/index.js';

const quoted = (key: string) => `"${key.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * A lax-mode SQL/JSON path to a field of a form in `cases.facts`: arrays on the way (repeat
 * groups, multi-selects) are looked through, so `plan.steps[].status` is `$."plan"."steps"."status"`.
 */
export function factsPath(use: FieldUse, value: JsonValue | undefined): string {
  const path = `$${[use.form, ...use.path].map((k) => `.${quoted(k)}`).join('')}`;
  return value === undefined ? `${path} ? (@ != null)` : `${path} ? (@ == $v)`;
}

function factsCondition(uses: readonly FieldUse[], value: JsonValue | undefined): SQL {
  const vars = JSON.stringify(value === undefined ? {} : { v: value });
  const tests = uses.map(
    (use) => sql`jsonb_path_exists(${cases.facts}, ${factsPath(use, value)}::jsonpath, ${vars}::jsonb)`,
  );
  return tests.length === 0 ? sql`false` : sql`(${sql.join(tests, sql` or `)})`;
}

/** The condition on a case row for the queries answered from `cases`; undefined for the others. */
function caseCondition(q: ImpactQuery): SQL | undefined {
  switch (q.type) {
    case 'sop':
      return sql`${cases.sopId} = ${q.sopId}`;
    case 'stage':
      return sql`(${cases.sopId} = ${q.sopId} and ${cases.stage} = ${q.stage})`;
    case 'facts':
      return factsCondition(q.uses, q.value);
    case 'review':
      return sql`(${cases.sopId} = ${q.sopId} and (${cases.workflow} -> 'reviews' -> ${q.reviewId}::text) is not null)`;
    case 'agency':
      return sql`${cases.agency} = ${q.partnerId}`;
    default:
      return undefined;
  }
}

const counted = (conditions: readonly SQL[]) =>
  Object.fromEntries(
    conditions.map((c, i) => [`n${i}`, sql<number>`count(*) filter (where ${c})`.mapWith(Number)]),
  );

async function countCases(db: Db, siteId: string, versionId: string, conditions: SQL[]): Promise<number[]> {
  if (conditions.length === 0) return [];
  const [row] = await db
    .select(counted(conditions))
    .from(cases)
    .where(
      and(
        eq(cases.siteId, siteId),
        eq(cases.definitionVersionId, versionId),
        inArray(cases.status, ['open', 'passive']),
      ),
    );
  return conditions.map((_, i) => Number(row?.[`n${i}`] ?? 0));
}

async function countTasks(db: Db, siteId: string, versionId: string, conditions: SQL[]): Promise<number[]> {
  if (conditions.length === 0) return [];
  const [row] = await db
    .select(counted(conditions))
    .from(tasks)
    .innerJoin(cases, and(eq(cases.siteId, tasks.siteId), eq(cases.id, tasks.caseId)))
    .where(
      and(
        eq(tasks.siteId, siteId),
        eq(tasks.status, 'open'),
        eq(cases.definitionVersionId, versionId),
        inArray(cases.status, ['open', 'passive']),
      ),
    );
  return conditions.map((_, i) => Number(row?.[`n${i}`] ?? 0));
}

async function countMemberships(db: Db, siteId: string, conditions: SQL[]): Promise<number[]> {
  if (conditions.length === 0) return [];
  const [row] = await db
    .select(counted(conditions))
    .from(memberships)
    .where(and(eq(memberships.siteId, siteId), eq(memberships.active, true)));
  return conditions.map((_, i) => Number(row?.[`n${i}`] ?? 0));
}

/**
 * Counts, per query, what a change touches in the live database: open and passive cases pinned to
 * the version (in a stage, with a field or option in their latest data, with a review scheduled,
 * held by an agency), their open tasks of a definition, and the site's active memberships. At
 * most three statements, each one aggregate with a filter per query.
 */
export async function countImpact(
  db: Db,
  siteId: string,
  versionId: string,
  queries: readonly ImpactQuery[],
): Promise<number[]> {
  const groups = { cases: [] as SQL[], tasks: [] as SQL[], members: [] as SQL[] };
  const place = queries.map((q) => {
    const onCase = caseCondition(q);
    if (onCase !== undefined) return ['cases', groups.cases.push(onCase) - 1] as const;
    if (q.type === 'open_tasks')
      return [
        'tasks',
        groups.tasks.push(sql`(${cases.sopId} = ${q.sopId} and ${tasks.definitionId} = ${q.definitionId})`) -
          1,
      ] as const;
    if (q.type !== 'memberships') throw new Error('unreachable');
    const parts = [
      q.roleId === undefined ? undefined : eq(memberships.roleId, q.roleId),
      q.partnerId === undefined ? undefined : eq(memberships.partnerId, q.partnerId),
    ];
    return ['members', groups.members.push(and(...parts) ?? sql`true`) - 1] as const;
  });
  const counts = {
    cases: await countCases(db, siteId, versionId, groups.cases),
    tasks: await countTasks(db, siteId, versionId, groups.tasks),
    members: await countMemberships(db, siteId, groups.members),
  };
  return place.map(([group, i]) => counts[group][i] ?? 0);
}
