import type { JsonObject } from '../../kernel/json.js';
import { optionValues } from './option-values.js';
import type { SeededRandom } from './seeded-random.js';
import type { SopOutline } from './sop-outline.js';
import type { WalkEnv } from './walk-types.js';

/** The next stage on the shortest way from `from` to `to` (breadth-first over moves). */
export function nextStageToward(outline: SopOutline, from: string, to: string): string | undefined {
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (id === to) break;
    const stage = outline.sop.stages.find((s) => s.id === id);
    for (const t of stage?.transitions ?? []) {
      if (t.to === undefined || t.closeWith !== undefined || previous.has(t.to)) continue;
      previous.set(t.to, id);
      queue.push(t.to);
    }
  }
  if (!previous.has(to) || from === to) return undefined;
  let step = to;
  while (previous.get(step) !== from) step = previous.get(step) as string;
  return step;
}

/** The closure form's fields holding the closure reason (same option set as the SOP's reasons). */
export function closureOverrides(env: WalkEnv, reason: string): JsonObject | undefined {
  const closure = env.outline.sop.closure;
  const form = closure.form === undefined ? undefined : env.def.bundle.forms[closure.form.form];
  if (form === undefined) return undefined;
  const reasons = JSON.stringify(closure.reasons);
  const fields = Object.entries(form.fields.properties).filter(
    ([, f]) => f.type === 'string' && f.options !== undefined && JSON.stringify(f.options) === reasons,
  );
  return fields.length === 0 ? undefined : Object.fromEntries(fields.map(([name]) => [name, reason]));
}

/** A reason for resting a case, from the SOP's passive reasons (none when it lists none). */
export function passiveReason(env: WalkEnv, random: SeededRandom): string | undefined {
  const values = optionValues(env.def.bundle, env.outline.sop.passive?.reasons).map(String);
  return values.length > 0 ? random.pick(values) : undefined;
}
