import { manualClock } from '../../kernel/clock.js';
import { workflowDefinition } from '../../workflow/index.js';
import type { CaseStore } from '../case-store.js';
import type { SiteRegistry } from '../site-registry.js';
import { caseOpeners, loadStaff } from './demo-staff.js';
import { defaultNow } from './generate-persons.js';
import { type Detail, planWalks, type RegisteredPerson } from './plan-walks.js';
import { runWalks } from './run-walks.js';
import { scenarioLibrary } from './scenario-library.js';
import { type SeedDemoReport, seedReport } from './seed-report.js';
import { seededRandom } from './seeded-random.js';
import { sopOutline } from './sop-outline.js';
import type { WalkEnv } from './walk-types.js';

/** The runtime's ports the generator writes through (storage is injected, never imported). */
export type SeedDemoDeps = { readonly store: CaseStore; readonly registry: SiteRegistry };

export type SeedDemoOptions = {
  readonly siteId: string;
  /** Clients to register, each with a case (ignored when `registered` is given). */
  readonly persons: number;
  /** Default 1. */
  readonly seed?: string | number;
  /** The reference "now": cases run up to it. Default: today 00:00 UTC. */
  readonly now?: Date;
  /** The SOP; default the site's only (or first) one. */
  readonly sopId?: string;
  /** Clients already registered (bulk mode): open and walk a case for each instead. */
  readonly registered?: readonly RegisteredPerson[];
  /** `light`: shorter histories and fewer referrals beyond the SOP's, for a quick first start. */
  readonly detail?: Detail;
  /** Called as each case finishes. */
  readonly onProgress?: (done: number, total: number) => void;
};

export type { SeedDemoReport } from './seed-report.js';

/**
 * Generates a site's demo clients and cases through the case operations: each client registered,
 * a case opened and lived through in simulated time (forms from the SOP scenarios, tasks,
 * approvals, reviews, closures, re-openings), all cases in one timeline with the scheduler
 * sweeping, up to `now` — so the database holds exactly what real use would have written.
 * Deterministic for a seed, `persons` and `now` (database ids aside: the operations draw UUIDv7s).
 * The site must be published and have demo staff (`ensureDemoUsers`).
 */
export async function seedDemo(deps: SeedDemoDeps, options: SeedDemoOptions): Promise<SeedDemoReport> {
  const started = performance.now();
  const version = await deps.registry.active(options.siteId);
  if (version === undefined) throw new Error(`Site ${options.siteId} is not published.`);
  const bundle = version.bundle;
  const sopId = options.sopId ?? Object.keys(bundle.sops)[0];
  if (sopId === undefined) throw new Error(`Site ${options.siteId} has no SOP.`);
  const outline = sopOutline(bundle, sopId);
  const staff = await loadStaff(deps.store, bundle);
  const openers = caseOpeners(bundle, outline, staff);
  if (openers.length === 0)
    throw new Error(`Site ${options.siteId} has nobody who may open cases (demo users?).`);
  const end = (options.now ?? defaultNow()).getTime();
  const count = options.registered?.length ?? options.persons;
  const root = seededRandom(options.seed ?? 1).fork(`site:${options.siteId}`);
  const detail = options.detail ?? 'full';
  const walks = planWalks({
    bundle,
    outline,
    openers,
    root,
    count,
    end,
    registered: options.registered,
    detail,
  });
  const env: WalkEnv = {
    store: deps.store,
    registry: deps.registry,
    clock: manualClock(new Date(walks.reduce((min, w) => Math.min(min, w.nextAt), end))),
    version,
    def: workflowDefinition(bundle, sopId),
    outline,
    library: scenarioLibrary(bundle),
    staff,
    end,
    problems: new Map(),
    jointCasework: new Map(),
    referralsStarted: 0,
    // Beyond the referrals an SOP waits for, caseworkers refer some clients in ongoing work.
    extraReferrals: detail === 'light' ? 0.3 : 0.45,
    caseloads: new Map(),
  };
  for (const w of walks) env.caseloads.set(w.owner.userId, (env.caseloads.get(w.owner.userId) ?? 0) + 1);
  let done = 0;
  await runWalks(walks, env, () => options.onProgress?.(++done, count));
  return seedReport(env, walks, (performance.now() - started) / 1000);
}
