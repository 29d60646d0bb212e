import type { DefinitionKind } from '../../../platform/definitions/definition-kinds.js';
import { api } from '../../../runtime-ui/src/common/api-client.js';
import type {
  CheckReport,
  DefinitionList,
  DefinitionRead,
  DraftRecord,
  Mappings,
  MatchCount,
  MigrationRecord,
  Rollback,
  SemanticDiff,
  Simulation,
  TestRun,
  VersionSummary,
} from './admin-types.js';

const e = encodeURIComponent;

/** `/api/sites/:site/admin…` */
export const adminBase = (site: string) => `/api/sites/${e(site)}/admin`;

/** The admin API of one site, each call one request (errors arrive as `ApiError`). */
export function siteAdmin(site: string) {
  const base = adminBase(site);
  const definition = (kind: DefinitionKind, id: string) => `${base}/definitions/${kind}/${e(id)}`;
  return {
    list: () => api<DefinitionList>(`${base}/definitions`),
    read: (kind: DefinitionKind, id: string) => api<DefinitionRead>(definition(kind, id)),
    /** Saves a draft; `version` is the draft version the editor started from (null: a new draft). */
    save: (kind: DefinitionKind, id: string, json: unknown, version: number | null) =>
      api<{ draft: DraftRecord }>(definition(kind, id), {
        method: 'PUT',
        body: { json },
        ...(version === null ? {} : { ifMatch: version }),
      }),
    remove: (kind: DefinitionKind, id: string, version: number | null) =>
      api<{ draft: DraftRecord }>(definition(kind, id), {
        method: 'PUT',
        body: { deleted: true },
        ...(version === null ? {} : { ifMatch: version }),
      }),
    discard: (kind: DefinitionKind, id: string, version: number | null) =>
      api<void>(definition(kind, id), {
        method: 'DELETE',
        ...(version === null ? {} : { ifMatch: version }),
      }),
    discardAll: () => api<{ discarded: number }>(`${base}/drafts`, { method: 'DELETE' }),
    check: () => api<CheckReport>(`${base}/check`, { body: {} }),
    test: () => api<TestRun>(`${base}/test`, { body: {} }),
    simulate: (input: { ruleId?: string; logic?: unknown; facts?: unknown; caseId?: string }) =>
      api<Simulation>(`${base}/simulate`, { body: input }),
    diff: (range?: { from: string; to: string }) =>
      api<SemanticDiff>(
        range === undefined ? `${base}/diff` : `${base}/diff?from=${e(range.from)}&to=${e(range.to)}`,
      ),
    publish: (note: string) =>
      api<{ published: { versionId: string; version: number; created: boolean; previousVersionId: string } }>(
        `${base}/publish`,
        { body: { note } },
      ),
    versions: () => api<{ versions: VersionSummary[] }>(`${base}/versions`),
    rollback: (input: { toVersionId?: string; migrateBack: boolean; note?: string }) =>
      api<Rollback>(`${base}/rollback`, { body: input }),
    startMigration: (input: {
      fromVersionId: string;
      toVersionId: string;
      mappings: Mappings;
      dryRun: boolean;
    }) => api<{ migration: MigrationRecord }>(`${base}/migrations`, { body: input }),
    migration: (id: string) => api<{ migration: MigrationRecord }>(`${base}/migrations/${e(id)}`),
    migrations: () => api<{ migrations: MigrationRecord[] }>(`${base}/migrations`),
    matchCount: (input: { ruleId?: string; logic?: unknown; subject?: 'person' | 'case' }) =>
      api<MatchCount>(`/api/sites/${e(site)}/match-count`, { body: input }),
    exportUrl: () => `${base}/export`,
  };
}

export type SiteAdminApi = ReturnType<typeof siteAdmin>;
