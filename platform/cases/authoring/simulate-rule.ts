import { requirePermission } from '../../access/actor.js';
import { evaluatorOptionsOf, settingValues } from '../../definitions/evaluator-options.js';
import { factLabeller } from '../../definitions/facts/fact-labels.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { PlatformError } from '../../kernel/errors.js';
import { isJsonObject } from '../../kernel/json.js';
import { createEvaluator, describeTrace, type TraceLine } from '../../rules/index.js';
import { caseFactsOf } from '../../workflow/index.js';
import { caseExternalFacts, stateOf, workflowOf } from '../case-workflow.js';
import { loadCase } from '../load-case.js';
import { siteToday } from '../site-today.js';
import type { AuthoringContext } from './authoring-context.js';
import { checkDraftSet } from './draft-set.js';

/** A rule (by id) or logic, evaluated on facts or on a case. */
export type SimulationInput = {
  readonly ruleId?: string;
  readonly logic?: unknown;
  readonly facts?: unknown;
  readonly caseId?: string;
};

/** A rule's value with its explanation. */
export type Simulation = {
  readonly value: unknown;
  /** The explanation in the actor's language: one line per condition, with its verdict. */
  readonly lines: readonly TraceLine[];
  /** Which definitions the rule came from: the drafts (when they check) or the active version. */
  readonly definitions: 'draft' | 'active';
  readonly facts: Record<string, unknown>;
};

const bad = (pointer: string, message: string) =>
  new PlatformError('bad_request', message, { fields: [{ pointer, code: 'invalid', message }] });

/** The message of the refusal to simulate on a case for those who may not read cases. */
export const CASE_ACCESS_NEEDED =
  'Simulating on a real case needs access to read cases; enter the facts instead.';

async function factsFor(ctx: AuthoringContext, input: SimulationInput): Promise<Record<string, unknown>> {
  const now = ctx.clock.now();
  if (input.caseId !== undefined) {
    // A case's facts are personal data: only those who may read the case get them (and its
    // verdict). Without case access at all, a clear refusal the editor turns into "enter facts";
    // with it, a case outside the actor's scope is "not found" as everywhere.
    if (!ctx.actor.permissions.has('case.read'))
      throw new PlatformError('forbidden', CASE_ACCESS_NEEDED, {
        fields: [{ pointer: '/caseId', code: 'case_access', message: CASE_ACCESS_NEEDED }],
      });
    const loaded = await loadCase(ctx, input.caseId);
    const def = workflowOf(loaded.version, loaded.record.sopId);
    return caseFactsOf(def, stateOf(loaded.record), now.toISOString(), caseExternalFacts(loaded));
  }
  if (input.facts !== undefined && !isJsonObject(input.facts))
    throw bad('/facts', 'Facts must be an object.');
  const given = (input.facts ?? {}) as Record<string, unknown>;
  const settings = { ...settingValues(ctx.version.bundle.site), ...(given.settings as object | undefined) };
  return { today: siteToday(ctx.version, now), ...given, settings };
}

function logicOf(bundle: SiteBundle, input: SimulationInput): unknown {
  if (input.ruleId !== undefined) {
    const rule = bundle.rules[input.ruleId];
    if (rule === undefined) throw bad('/ruleId', `No rule "${input.ruleId}".`);
    return rule.logic;
  }
  if (input.logic === undefined) throw bad('/ruleId', 'Give a rule id or the logic to evaluate.');
  return input.logic;
}

/**
 * Evaluates a rule (of the drafts, or as published when the drafts do not check) or a piece of
 * logic on given facts or on a real case the actor may see, and explains the result in the
 * actor's language, naming facts by their field titles.
 *
 * Anyone who reads definitions may simulate on facts they enter. On a real case, the result
 * carries the case's facts (personal data) and the trace shows their values, so it takes what
 * reading the case takes: `case.read` and the case within the actor's scope. Board members and
 * implementers without case access are refused with 403 (field `/caseId`, code `case_access`);
 * a case outside the scope of someone who reads cases is 404, revealing nothing.
 */
export async function simulateRule(ctx: AuthoringContext, input: SimulationInput): Promise<Simulation> {
  requirePermission(ctx.actor, 'definitions.read');
  const set = await checkDraftSet(ctx);
  const drafted = set.drafts.length > 0 && set.bundle !== undefined;
  const bundle = drafted && set.bundle ? set.bundle : ctx.version.bundle;
  const logic = logicOf(bundle, input);
  const facts = await factsFor(ctx, input);
  const evaluator = createEvaluator(evaluatorOptionsOf(bundle));
  const { value, trace } = evaluator.explain(logic, facts);
  const lines = describeTrace(trace, {
    locale: ctx.actor.locale,
    labelFor: factLabeller(bundle, ctx.actor.locale),
  });
  return { value, lines, definitions: drafted ? 'draft' : 'active', facts };
}
