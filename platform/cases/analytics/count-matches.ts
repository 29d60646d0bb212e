import { requirePermission } from '../../access/actor.js';
import { PlatformError } from '../../kernel/errors.js';
import { siteToday } from '../site-today.js';
import type { MatchCountResult, MatchProgress, MatchRule, MatchSubject } from './analytics-types.js';
import type { KpiContext } from './kpi-operations.js';

/** The rule editor's request: a rule of the site or logic as written. */
export type MatchCountInput = {
  readonly ruleId?: string | undefined;
  readonly logic?: unknown;
  /** `person` (registered persons) or `case` (cases not closed); default: the rule's subject, else `person`. */
  readonly subject?: string | undefined;
};

const bad = (pointer: string, message: string) =>
  new PlatformError('bad_request', message, { fields: [{ pointer, code: 'invalid', message }] });

function ruleOf(ctx: KpiContext, input: MatchCountInput): { rule: MatchRule; subject: unknown } {
  if (input.ruleId !== undefined) {
    const rules = ctx.version.bundle.rules;
    const rule = Object.hasOwn(rules, input.ruleId) ? rules[input.ruleId] : undefined;
    if (rule === undefined) throw bad('/ruleId', `No rule "${input.ruleId}".`);
    return { rule: { ruleId: input.ruleId }, subject: input.subject ?? rule.subject };
  }
  if (input.logic === undefined) throw bad('/ruleId', 'Give a rule id or the logic to count.');
  return { rule: { logic: input.logic }, subject: input.subject ?? 'person' };
}

/**
 * How many registered persons or cases not closed a rule (of the active definitions, or as being
 * written) matches, of how many — for the rule editor and the simulator. Counts only; needs
 * `definitions.read`. Rules SQL cannot express are evaluated in process, reporting `onProgress`.
 */
export async function countMatches(
  ctx: KpiContext,
  input: MatchCountInput,
  onProgress?: (progress: MatchProgress) => void,
): Promise<MatchCountResult> {
  requirePermission(ctx.actor, 'definitions.read');
  const { rule, subject } = ruleOf(ctx, input);
  if (subject !== 'person' && subject !== 'case')
    throw bad('/subject', 'Match counts run over persons or cases; this rule reads one form’s data.');
  return ctx.analytics.matchCount(ctx.version.bundle, rule, {
    subject: subject satisfies MatchSubject,
    today: siteToday(ctx.version, ctx.clock.now()),
    onProgress,
  });
}
