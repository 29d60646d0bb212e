import type { SopDefinition } from '../../definitions/definition-types.generated.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { optionValues } from './option-values.js';

/** The shape of an SOP as the demo generator plans with it. */
export type SopOutline = {
  readonly sopId: string;
  readonly sop: SopDefinition;
  /** Stage ids in the SOP's order. */
  readonly stages: readonly string[];
  /** Stages reachable from the initial stage, with the shortest forward path to each. */
  readonly paths: ReadonlyMap<string, readonly string[]>;
  /** Closure reasons of each stage's exit transitions (`closeWith`). */
  readonly exits: ReadonlyMap<string, readonly string[]>;
  /** The closure reasons of the general closure. */
  readonly reasons: readonly string[];
  /** Stages the general closure is allowed from. */
  readonly closableFrom: readonly string[];
  readonly passiveFrom: readonly string[];
  readonly reopenable: boolean;
};

/** Reads the stage graph, exits, closure, passive and re-open rules of an SOP. */
export function sopOutline(bundle: SiteBundle, sopId: string): SopOutline {
  const sop = bundle.sops[sopId];
  if (sop === undefined) throw new Error(`No SOP "${sopId}" in site ${bundle.siteId}.`);
  const stages = sop.stages.map((s) => s.id);
  const exits = new Map(
    sop.stages.map((s) => [s.id, (s.transitions ?? []).flatMap((t) => (t.closeWith ? [t.closeWith] : []))]),
  );
  return {
    sopId,
    sop,
    stages,
    paths: forwardPaths(sop),
    exits,
    reasons: optionValues(bundle, sop.closure.reasons).map(String),
    closableFrom: sop.closure.fromStages ?? stages,
    passiveFrom: sop.passive?.fromStages ?? [],
    reopenable: sop.reopen !== undefined,
  };
}

/**
 * Breadth-first from the initial stage over transitions that move the case, preferring moves to
 * stages later in the SOP's order, so paths follow the usual course (not a loop back).
 */
function forwardPaths(sop: SopDefinition): Map<string, string[]> {
  const order = new Map(sop.stages.map((s, i) => [s.id, i]));
  const paths = new Map<string, string[]>([[sop.initialStage, [sop.initialStage]]]);
  const queue = [sop.initialStage];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    const stage = sop.stages.find((s) => s.id === id);
    const targets = (stage?.transitions ?? [])
      .flatMap((t) => (t.to !== undefined && t.closeWith === undefined ? [t.to] : []))
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    for (const to of targets) {
      if (paths.has(to)) continue;
      paths.set(to, [...(paths.get(id) ?? []), to]);
      queue.push(to);
    }
  }
  return paths;
}
