import type { JsonObject } from '../../kernel/json.js';
import type { CaseQueries, CaseWrites } from '../case-store.js';

/** A run is `running` until all its batches are done, or it stopped on an error. */
export type MigrationStatus = 'running' | 'completed' | 'failed';

/** A migration run (or dry run) of open cases between two published versions. */
export type MigrationRecord = {
  readonly id: string;
  readonly siteId: string;
  readonly fromVersionId: string;
  readonly toVersionId: string;
  readonly mappings: JsonObject;
  readonly dryRun: boolean;
  readonly status: MigrationStatus;
  readonly total: number;
  readonly migrated: number;
  readonly failed: number;
  readonly report: JsonObject | null;
  readonly startedBy: string | null;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
};

/** What starting a run records. */
export type NewMigration = Omit<MigrationRecord, 'id' | 'migrated' | 'failed' | 'finishedAt'>;

/** Counts so far and the report (samples, refused cases), written with each batch. */
export type MigrationProgress = {
  readonly migrated: number;
  readonly failed: number;
  readonly report: JsonObject;
};

/** What one batch of a migration may read and write, in one transaction. */
export type MigrationTx = Pick<CaseQueries, 'caseById'> &
  Pick<CaseWrites, 'updateCase' | 'syncTasks' | 'appendEvent'> & {
    progress(migrationId: string, progress: MigrationProgress): Promise<void>;
  };

/** Which cases a migration takes: open and passive cases on a version, optionally only those a run migrated. */
export type CandidateFilter = { readonly versionId: string; readonly migratedBy?: string };

/** Migration runs and the cases they take, in batches. */
export type MigrationStore = {
  createMigration(input: NewMigration): Promise<MigrationRecord>;
  migration(siteId: string, id: string): Promise<MigrationRecord | undefined>;
  migrations(siteId: string, limit: number): Promise<MigrationRecord[]>;
  /** The last completed, applied run into `toVersionId`. */
  lastAppliedMigration(siteId: string, toVersionId: string): Promise<MigrationRecord | undefined>;
  finishMigration(
    id: string,
    end: MigrationProgress & { status: MigrationStatus; finishedAt: Date; total?: number },
  ): Promise<void>;
  countCandidates(siteId: string, filter: CandidateFilter): Promise<number>;
  /** Case ids after `afterId` in id order (keyset), at most `limit`. */
  candidates(
    siteId: string,
    filter: CandidateFilter,
    afterId: string | null,
    limit: number,
  ): Promise<string[]>;
  migrationBatch<T>(work: (tx: MigrationTx) => Promise<T>): Promise<T>;
};
