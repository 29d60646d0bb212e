import type {
  Approval,
  Review,
  SopDefinition,
  Stage,
  Task,
} from '../definitions/definition-types.generated.js';
import { workingCalendarOf } from '../definitions/evaluator-options.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import { PlatformError } from '../kernel/errors.js';
import type { WorkingCalendar } from '../kernel/working-calendar.js';
import { type Evaluator, siteEvaluator } from '../rules/index.js';

/** Makes the id of a new task instance; default `<defId>#<n>` (n counts instances of that id). */
export type TaskIdGenerator = (defId: string, ordinal: number) => string;

/**
 * One SOP of a checked site, prepared for the engine: indexes by id, the site's calendar, zone
 * and settings, and the bundle's evaluator. Built once per bundle and SOP and reused.
 */
export type WorkflowDefinition = {
  readonly bundle: SiteBundle;
  readonly sop: SopDefinition;
  readonly evaluator: Evaluator;
  readonly calendar: WorkingCalendar;
  readonly timeZone: string;
  readonly settings: Readonly<Record<string, string | number | boolean>>;
  readonly stages: ReadonlyMap<string, Stage>;
  /** Stage and discretionary tasks by id. */
  readonly tasks: ReadonlyMap<string, Task>;
  readonly approvals: ReadonlyMap<string, Approval>;
  readonly reviews: ReadonlyMap<string, Review>;
  readonly newTaskId: TaskIdGenerator;
};

/** Options of a workflow definition; a custom id generator disables the per-bundle cache. */
export type WorkflowOptions = { readonly newTaskId?: TaskIdGenerator };

const definitions = new WeakMap<SiteBundle, Map<string, WorkflowDefinition>>();

/** The site's one evaluator (shared with the other engines; it caches compiled conditions). */
export const bundleEvaluator = (bundle: SiteBundle): Evaluator => siteEvaluator(bundle);

/** The site's working calendar in the kernel's shape. */
export const siteCalendar = (bundle: SiteBundle): WorkingCalendar => workingCalendarOf(bundle.site);

const defaultTaskId: TaskIdGenerator = (defId, ordinal) => `${defId}#${ordinal}`;

function build(bundle: SiteBundle, sop: SopDefinition, options: WorkflowOptions): WorkflowDefinition {
  const tasks = new Map<string, Task>();
  for (const stage of sop.stages) for (const task of stage.tasks ?? []) tasks.set(task.id, task);
  for (const task of sop.discretionaryTasks ?? []) tasks.set(task.id, task);
  return {
    bundle,
    sop,
    evaluator: bundleEvaluator(bundle),
    calendar: siteCalendar(bundle),
    timeZone: bundle.site.timeZone ?? 'UTC',
    settings: Object.fromEntries(Object.entries(bundle.site.settings ?? {}).map(([id, s]) => [id, s.value])),
    stages: new Map(sop.stages.map((s) => [s.id, s])),
    tasks,
    approvals: new Map((sop.approvals ?? []).map((a) => [a.id, a])),
    reviews: new Map((sop.reviews ?? []).map((r) => [r.id, r])),
    newTaskId: options.newTaskId ?? defaultTaskId,
  };
}

/**
 * The engine's view of SOP `sopId` of a checked bundle. Without options the result is cached
 * per bundle, so callers may ask for it on every request.
 */
export function workflowDefinition(
  bundle: SiteBundle,
  sopId: string,
  options: WorkflowOptions = {},
): WorkflowDefinition {
  const sop = bundle.sops[sopId];
  if (sop === undefined)
    throw new PlatformError('not_found', `Site "${bundle.siteId}" has no SOP "${sopId}".`);
  if (options.newTaskId !== undefined) return build(bundle, sop, options);
  const bySop = definitions.get(bundle) ?? new Map<string, WorkflowDefinition>();
  definitions.set(bundle, bySop);
  const definition = bySop.get(sopId) ?? build(bundle, sop, options);
  bySop.set(sopId, definition);
  return definition;
}
