/*
 * Runs the authorization matrix of one world: every actor × every operation (× every case, for the
 * operations on a case, its client or its referral), each request through `app.request()` on the
 * real database, each answer compared with the oracle and searched for data the actor must not see.
 */
import { relationship } from './access-oracle.js';
import { type Check, type Observed, observe } from './matrix-check.js';
import { RECORD_OPERATIONS, SITE_OPERATIONS } from './matrix-operations.js';
import type { MatrixActor, MatrixCase, MatrixWorld } from './matrix-world-types.js';
import { forbiddenValues, leaksIn } from './payload-leaks.js';

export type MatrixResult = {
  readonly actor: string;
  readonly role: string;
  readonly relationship: string;
  readonly check: Check;
  readonly status: number;
  readonly observed: Observed;
  /** What a list held that it should not, or lacked. */
  readonly listProblem: string | null;
  /** Values of other clients (or unshared fields) found in the answer. */
  readonly leaks: readonly string[];
  readonly detail: string;
};

export type MatrixReport = {
  readonly results: readonly MatrixResult[];
  readonly unexpectedAllows: readonly MatrixResult[];
  readonly unexpectedDenials: readonly MatrixResult[];
  readonly errors: readonly MatrixResult[];
  readonly leaks: readonly MatrixResult[];
  /** Lists that held an id the actor may not see, or lacked one they may. */
  readonly listProblems: readonly MatrixResult[];
  readonly summary: string;
};

function listProblem(check: Check, body: Record<string, unknown>, world: MatrixWorld): string | null {
  if (check.listed === undefined) return null;
  const known = new Set(
    world.cases.flatMap((c) => [c.id, c.personId, ...(c.referral ? [c.referral.id] : [])]),
  );
  const got = check.listed.ids(body).filter((id) => known.has(id));
  const extra = got.filter((id) => !check.listed?.expected.includes(id));
  const missing = check.listed.expected.filter((id) => !got.includes(id));
  return extra.length + missing.length === 0
    ? null
    : `listed ${extra.join(',')} | missing ${missing.join(',')}`;
}

async function run(
  world: MatrixWorld,
  actor: MatrixActor,
  check: Check,
  relation: string,
  forbidden: readonly string[],
): Promise<MatrixResult> {
  const reply = await actor.client.request(check.method, check.path, check.body);
  const observed = observe(check, reply.status);
  return {
    actor: actor.username,
    role: actor.roleId,
    relationship: relation,
    check,
    status: reply.status,
    observed,
    listProblem: observed === 'allow' ? listProblem(check, reply.body, world) : null,
    leaks: leaksIn(reply.body, forbidden),
    detail: JSON.stringify(reply.body).slice(0, 300),
  };
}

function checksOf(world: MatrixWorld, actor: MatrixActor): { check: Check; c: MatrixCase | null }[] {
  const site = Object.values(SITE_OPERATIONS).flatMap((source) =>
    source(world, actor).map((check) => ({ check, c: null })),
  );
  const records = world.cases.flatMap((c) =>
    Object.values(RECORD_OPERATIONS).flatMap((source) =>
      source(world, actor, c).map((check) => ({ check, c })),
    ),
  );
  return [...site, ...records];
}

export const TIMES = new Map<string, number>();
/** Runs every check of the world, actor by actor. */
export async function runMatrix(world: MatrixWorld): Promise<MatrixReport> {
  const results: MatrixResult[] = [];
  for (const actor of world.actors) {
    const forbidden = forbiddenValues(world, actor);
    for (const { check, c } of checksOf(world, actor)) {
      const relation = c === null ? 'the site' : relationship(actor, c);
      const t0 = performance.now();
      results.push(await run(world, actor, check, relation, forbidden));
      TIMES.set(check.op, (TIMES.get(check.op) ?? 0) + performance.now() - t0);
    }
  }
  const wrong = (expected: boolean, observed: Observed) => (r: MatrixResult) =>
    r.check.allowed === expected && r.observed === observed;
  return {
    results,
    unexpectedAllows: results.filter(wrong(false, 'allow')),
    unexpectedDenials: results.filter(wrong(true, 'deny')),
    errors: results.filter((r) => r.observed === 'error'),
    leaks: results.filter((r) => r.leaks.length > 0),
    listProblems: results.filter((r) => r.listProblem !== null),
    summary: summaryOf(world, results),
  };
}

function countBy<T>(items: readonly T[], key: (t: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** "site: users × roles × operations × relationships = checks", then checks per relationship. */
function summaryOf(world: MatrixWorld, results: readonly MatrixResult[]): string {
  const roles = new Set(world.actors.map((a) => a.roleId)).size;
  const ops = new Set(results.map((r) => r.check.op)).size;
  const relations = countBy(results, (r) => r.relationship);
  const allowed = countBy(
    results.filter((r) => r.check.allowed),
    (r) => r.relationship,
  );
  const lines = [...relations].map(
    ([relation, n]) => `  ${relation}: ${n} checks, ${allowed.get(relation) ?? 0} allowed`,
  );
  return [
    `${world.site.siteId}: ${world.actors.length} users in ${roles} roles × ${ops} operations × ` +
      `${relations.size} relationships (${world.cases.length} cases and the site) = ${results.length} checks`,
    ...lines,
  ].join('\n');
}
