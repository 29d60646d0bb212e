import { type SeedDemoDeps, type SeedDemoReport, seedDemo } from './seed-demo.js';

export type FirstRunOptions = {
  /** Clients per site; default 30 (every stage, exit and closure reason of the example sites). */
  readonly persons?: number;
  /** Default 1. */
  readonly seed?: string | number;
  /** The reference "now"; default the current time (the data ends where the server starts). */
  readonly now?: Date;
  /** Where to say what was done (one line per site); default nowhere. */
  readonly log?: (line: string) => void;
};

/**
 * `npm start` on an empty database: gives each site that has no clients yet a small demo set
 * (30 clients with cases in every stage, closures, referrals, overdue work — with shorter histories
 * than `seed-demo` writes, to keep the start quick) so the UIs show something real.
 * Sites that already have clients are left alone; a site that cannot be seeded (no staff who may
 * open cases) is reported and skipped, never stopping the start-up. Call it after publishing the
 * sites and making the demo users, before the scheduler loop starts.
 */
export async function seedDemoIfEmpty(
  deps: SeedDemoDeps,
  siteIds: readonly string[],
  options: FirstRunOptions = {},
): Promise<SeedDemoReport[]> {
  const log = options.log ?? (() => {});
  const reports: SeedDemoReport[] = [];
  for (const siteId of siteIds) {
    const existing = await deps.store.searchPersons(siteId, {}, { limit: 1 });
    if (existing.items.length > 0) continue;
    try {
      const report = await seedDemo(deps, {
        siteId,
        persons: options.persons ?? 30,
        seed: options.seed ?? 1,
        now: options.now ?? new Date(),
        detail: 'light',
      });
      reports.push(report);
      log(
        `site ${siteId}: demo data — ${report.persons} clients, ${report.cases} cases (${report.seconds} s)`,
      );
    } catch (error) {
      log(`site ${siteId}: no demo data (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return reports;
}
