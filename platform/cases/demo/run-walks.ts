import { sweepDueReferrals } from '../referrals/referral-sweep.js';
import { sweepDueCases } from '../scheduler-sweep.js';
import { walkStep } from './walk-step.js';
import type { CaseWalk, WalkEnv } from './walk-types.js';

/** How often the scheduler sweeps in simulated time (operations catch up on their case anyway). */
const SWEEP_EVERY = 12 * 3_600_000;

/**
 * Lives through every walk in one simulated timeline: actions happen in time order across all
 * cases (ties by case number), the clock is moved to each, and the scheduler sweeps as time
 * passes — so every event of every case is written at or after the ones before it, exactly as a
 * site in use would write them. Ends with the clock at "now" and a last sweep (overdue tasks,
 * due reviews).
 */
export async function runWalks(
  walks: readonly CaseWalk[],
  env: WalkEnv,
  onDone: (walk: CaseWalk) => void = () => {},
): Promise<void> {
  const queue = new WalkQueue(walks);
  let lastSweep = Number.NEGATIVE_INFINITY;
  for (let w = queue.pop(); w !== undefined; w = queue.pop()) {
    if (w.nextAt > env.end) {
      w.phase = 'done';
      w.ended ??= 'time';
    } else {
      const at = Math.max(w.nextAt, env.clock.now().getTime());
      env.clock.set(new Date(at));
      if (at - lastSweep >= SWEEP_EVERY) {
        await sweepAll(env);
        lastSweep = at;
      }
      await walkStep(w, env);
    }
    if (w.phase === 'done') onDone(w);
    else queue.push(w);
  }
  env.clock.set(new Date(env.end));
  await sweepAll(env);
}

/** Sweeps until no due case or referral is left at the clock's instant. */
export async function sweepAll(env: Pick<WalkEnv, 'store' | 'registry' | 'clock'>): Promise<void> {
  const limit = 200;
  const deps = { store: env.store, registry: env.registry, clock: env.clock };
  while ((await sweepDueCases(deps, limit)).claimed >= limit);
  while ((await sweepDueReferrals(deps, limit)).claimed >= limit);
}

/** A binary min-heap of walks by (next action time, case number). */
class WalkQueue {
  private readonly heap: CaseWalk[] = [];

  constructor(walks: readonly CaseWalk[]) {
    for (const w of walks) this.push(w);
  }

  push(w: CaseWalk): void {
    const heap = this.heap;
    heap.push(w);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i] as CaseWalk, heap[parent] as CaseWalk)) break;
      [heap[i], heap[parent]] = [heap[parent] as CaseWalk, heap[i] as CaseWalk];
      i = parent;
    }
  }

  pop(): CaseWalk | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last !== undefined) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && before(heap[l] as CaseWalk, heap[m] as CaseWalk)) m = l;
        if (r < heap.length && before(heap[r] as CaseWalk, heap[m] as CaseWalk)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m] as CaseWalk, heap[i] as CaseWalk];
        i = m;
      }
    }
    return top;
  }
}

function before(a: CaseWalk, b: CaseWalk): boolean {
  return a.nextAt < b.nextAt || (a.nextAt === b.nextAt && a.index < b.index);
}
