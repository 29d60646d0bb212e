import { closeCase } from './closure.js';
import { type Draft, factsOf } from './draft.js';
import { reachMilestones, updatePriority } from './milestones.js';
import { syncReviews } from './reviews.js';
import { moveTo } from './stage-moves.js';
import { refreshDueDates } from './task-deadline.js';
import { advanceBlocks, closeWithBlocks } from './transition-blocks.js';

/** Automatic transitions chained in one step at most; a cycle of them stops here. */
export const MAX_AUTOMATIC_TRANSITIONS = 20;

/** Takes the first automatic transition of the current stage whose guards all hold. */
function takeAutomatic(d: Draft): boolean {
  if (d.state.status !== 'open') return false;
  const stage = d.def.stages.get(d.state.stage);
  for (const t of stage?.transitions ?? []) {
    if (t.automatic !== true || stage === undefined) continue;
    const facts = factsOf(d);
    if (t.closeWith !== undefined && closeWithBlocks(d, t, facts).length === 0) {
      closeCase(d, t.closeWith, t.id);
      return true;
    }
    if (t.to !== undefined && advanceBlocks(d, stage, t, facts).length === 0) {
      moveTo(d, t.to, t.id);
      return true;
    }
  }
  return false;
}

/**
 * Brings derived state up to date after an accepted event: milestones, priority, review
 * schedules, anchored deadlines, then automatic transitions, repeated until nothing moves.
 */
export function settle(d: Draft): void {
  for (let round = 0; round <= MAX_AUTOMATIC_TRANSITIONS; round++) {
    const facts = factsOf(d);
    reachMilestones(d, facts);
    updatePriority(d, facts);
    syncReviews(d, factsOf(d));
    refreshDueDates(d);
    if (round === MAX_AUTOMATIC_TRANSITIONS || !takeAutomatic(d)) return;
  }
}
