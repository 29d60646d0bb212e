/**
 * The demo data generator: synthetic clients of a site (names of its languages, ages of its target
 * group, national identifiers) and their cases lived through the SOP with the case and referral
 * operations in one simulated timeline — deterministic from a seed. Storage is injected (the
 * `CaseStore` and `SiteRegistry` ports, a `BulkSink` for batched inserts); the `seed-demo` command
 * wires it to PGlite or PostgreSQL.
 *
 * - `generatePersons({ bundle, count, seed })`: registration data only, no database.
 * - `writePersonsBulk(sink, options)`: persons, identifiers and hash-chained registration events in
 *   batches (`writeBulkPersons(db, …)` in `cli/commands/seed-demo.ts` is the drizzle-backed one).
 * - `seedDemo(deps, options)`: clients and full cases through the operations.
 * - `seedDemoIfEmpty(deps, siteIds)`: the first start's small set, for sites without clients.
 */
export {
  type BulkPersonRows,
  type BulkPersonsOptions,
  type BulkSink,
  bulkPerson,
  type HashedFields,
  writePersonsBulk,
} from './bulk-persons.js';
export {
  defaultNow,
  type GeneratedPerson,
  type GeneratePersonsOptions,
  generatePersons,
} from './generate-persons.js';
export type { RegisteredPerson } from './plan-walks.js';
export { type ProgressMeter, type ProgressOutput, progressMeter } from './progress-meter.js';
export { type SeedDemoDeps, type SeedDemoOptions, type SeedDemoReport, seedDemo } from './seed-demo.js';
export { type FirstRunOptions, seedDemoIfEmpty } from './seed-demo-if-empty.js';
export { type SeededRandom, seededRandom } from './seeded-random.js';
