import type { CaseStore } from '../cases/case-store.js';
import { sweepDueCases } from '../cases/scheduler-sweep.js';
import type { SiteRegistry } from '../cases/site-registry.js';
import type { Clock } from '../kernel/clock.js';
import { pruneExpiredSessions, pruneLoginAttempts } from '../storage/accounts.js';
import type { Db } from '../storage/database.js';

export type SchedulerLoop = { stop(): Promise<void> };

/**
 * Runs the scheduler inside the server: every `intervalMs` it sweeps due cases until none are
 * left (in batches), and hourly it prunes expired sessions and old sign-in attempts. Safe with
 * several server processes: cases are claimed with row locks (`skip locked`).
 */
export function startSchedulerLoop(
  deps: { db: Db; store: CaseStore; registry: SiteRegistry; clock: Clock },
  intervalMs = 30_000,
): SchedulerLoop {
  let running: Promise<void> = Promise.resolve();
  let lastPrune = 0;
  const pass = async () => {
    try {
      for (let round = 0; round < 50; round++) {
        const result = await sweepDueCases(deps, 100);
        if (result.claimed < 100) break;
      }
      const now = deps.clock.now();
      if (now.getTime() - lastPrune > 3_600_000) {
        lastPrune = now.getTime();
        await pruneExpiredSessions(deps.db, now);
        await pruneLoginAttempts(deps.db, new Date(now.getTime() - 24 * 3_600_000));
      }
    } catch (error) {
      process.stderr.write(`scheduler: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  };
  const timer = setInterval(() => {
    running = running.then(pass);
  }, intervalMs);
  running = running.then(pass);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
