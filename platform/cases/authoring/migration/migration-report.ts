import type { JsonObject } from '../../../kernel/json.js';
import type { CaseState } from '../../../workflow/index.js';
import type { CaseRecord } from '../../records.js';
import type { MigrationProblem, StateMigration } from './migrate-state.js';

/** How many before/after samples and refused cases a report keeps. */
export const SAMPLE_SIZE = 5;
export const REPORTED_FAILURES = 100;

/** What a migration run found, kept in its `case_migrations` row. */
export type MigrationTally = {
  migrated: number;
  failed: number;
  samples: JsonObject[];
  invalid: JsonObject[];
};

/** A tally before the first case. */
export const emptyTally = (): MigrationTally => ({ migrated: 0, failed: 0, samples: [], invalid: [] });

const openTaskIds = (state: CaseState) => state.tasks.filter((t) => t.status === 'open').map((t) => t.defId);
const factsOf = (state: CaseState) =>
  Object.fromEntries(Object.entries(state.forms).map(([id, f]) => [id, f.data]));

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as JsonObject;

/** Counts a case and keeps a sample of it (before and after) or why it was refused. */
export function tally(t: MigrationTally, record: CaseRecord, outcome: StateMigration): void {
  if (!outcome.ok) {
    failed(t, record.id, outcome.problems);
    return;
  }
  t.migrated += 1;
  if (t.samples.length >= SAMPLE_SIZE) return;
  const before = record.workflow as unknown as CaseState;
  t.samples.push(
    json({
      caseId: record.id,
      changes: outcome.changes,
      before: { stage: before.stage, facts: factsOf(before), openTasks: openTaskIds(before) },
      after: {
        stage: outcome.state.stage,
        facts: factsOf(outcome.state),
        openTasks: openTaskIds(outcome.state),
      },
    }),
  );
}

/** Counts a case that could not be migrated, keeping why for the first ones. */
export function failed(t: MigrationTally, caseId: string, problems: readonly MigrationProblem[]): void {
  t.failed += 1;
  if (t.invalid.length < REPORTED_FAILURES) t.invalid.push(json({ caseId, problems }));
}

/** The report kept in the run's row. */
export const reportOf = (t: MigrationTally): JsonObject => json({ samples: t.samples, invalid: t.invalid });
