import type { SeededRandom } from './seeded-random.js';
import type { SopOutline } from './sop-outline.js';

/**
 * Where a generated case should end up by "now": still open in a stage, resting (passive), closed
 * from a stage with a reason (an exit transition or the general closure), or closed and re-opened.
 */
export type CaseTarget =
  | { readonly kind: 'open'; readonly stage: string }
  | { readonly kind: 'passive'; readonly stage: string }
  | { readonly kind: 'closed'; readonly stage: string; readonly reason: string }
  | { readonly kind: 'reopened'; readonly stage: string; readonly reason: string };

/** Shares of the kinds of targets; within a kind, the catalogue entries are drawn evenly. */
const KIND_WEIGHTS: Readonly<Record<CaseTarget['kind'], number>> = {
  open: 0.36,
  passive: 0.07,
  closed: 0.5,
  reopened: 0.07,
};

/** One of each target the SOP allows: every stage open, passive stages, every exit, every reason. */
export function targetCatalogue(outline: SopOutline): CaseTarget[] {
  const reachable = outline.stages.filter((s) => outline.paths.has(s));
  const late = lateStages(outline);
  const exits = reachable.flatMap((stage) =>
    (outline.exits.get(stage) ?? []).map((reason) => ({ kind: 'closed' as const, stage, reason })),
  );
  // Reasons an exit transition stands for (not eligible, no action) come through the exits.
  const exitReasons = new Set([...outline.exits.values()].flat());
  const closures = outline.reasons
    .filter((r) => !exitReasons.has(r))
    .map((reason, i) => ({
      kind: 'closed' as const,
      stage: late[i % late.length] ?? outline.stages.at(-1) ?? '',
      reason,
    }));
  return [
    ...reachable.map((stage) => ({ kind: 'open' as const, stage })),
    ...outline.passiveFrom
      .filter((s) => outline.paths.has(s))
      .map((stage) => ({ kind: 'passive' as const, stage })),
    ...exits,
    ...(late.length > 0 ? closures : []),
    ...(outline.reopenable && late.length > 0
      ? [{ kind: 'reopened' as const, stage: late.at(-1) ?? '', reason: outline.reasons[0] ?? '' }]
      : []),
  ];
}

/** Stages a case is usually closed from after real work: the later half of the closable ones. */
function lateStages(outline: SopOutline): string[] {
  const closable = outline.stages.filter((s) => outline.closableFrom.includes(s) && outline.paths.has(s));
  return closable.slice(Math.floor(closable.length / 2));
}

/**
 * The target of case `index`: the first cases take the catalogue in a shuffled order (so even a
 * small run shows every stage, exit and reason), later ones are drawn by kind weights.
 */
export function targetFor(
  index: number,
  catalogue: readonly CaseTarget[],
  order: readonly number[],
  random: SeededRandom,
): CaseTarget {
  const listed = catalogue[order[index] ?? -1];
  if (index < catalogue.length && listed !== undefined) return listed;
  const kinds = (Object.keys(KIND_WEIGHTS) as CaseTarget['kind'][]).filter((k) =>
    catalogue.some((t) => t.kind === k),
  );
  const kind = random.weighted(kinds.map((k) => [k, KIND_WEIGHTS[k]] as const));
  return random.pick(catalogue.filter((t) => t.kind === kind));
}
