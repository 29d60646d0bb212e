import type { JsonValue } from '../kernel/json.js';
import { holds } from './conditions.js';
import { type Draft, emit } from './draft.js';

/** Records each milestone the first time its condition holds; a reached milestone stays reached. */
export function reachMilestones(d: Draft, facts: unknown): void {
  for (const m of d.def.sop.milestones ?? []) {
    if (d.state.milestones[m.id] !== undefined) continue;
    if (!holds(d, m.when, `milestone:${m.id}`, facts)) continue;
    d.state.milestones[m.id] = { reachedAt: d.now };
    emit(d, { type: 'milestone_reached', milestoneId: m.id, at: d.now });
  }
}

function isPriorityValue(value: unknown): value is JsonValue {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** Recomputes the priority from `priority.rule`; a rule error keeps the previous value. */
export function updatePriority(d: Draft, facts: unknown): void {
  const rule = d.def.sop.priority?.rule;
  if (rule === undefined) return;
  let value: unknown;
  try {
    value = d.def.evaluator.compile(rule)(facts) ?? null;
  } catch (error) {
    emit(d, {
      type: 'condition_error',
      where: 'priority',
      message: String((error as Error).message ?? error),
    });
    return;
  }
  if (!isPriorityValue(value) || value === d.state.priority) return;
  emit(d, { type: 'priority_changed', from: d.state.priority, to: value, at: d.now });
  d.state.priority = value;
}
