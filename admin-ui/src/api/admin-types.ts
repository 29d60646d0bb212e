import type { DefinitionKind } from '../../../platform/definitions/definition-kinds.js';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import type { JsonObject, JsonValue } from '../../../platform/kernel/json.js';

// The shapes the admin API answers with (`platform/cases/authoring`, `platform/cases/analytics`):
// the UI talks to the server over HTTP only, so they are restated here rather than imported.

export type DefinitionStatus = 'published' | 'changed' | 'added' | 'deleted';

export type DraftSummary = {
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
  readonly baseVersionId: string | null;
  readonly stale: boolean;
};

export type DefinitionListItem = {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly title: string;
  readonly file: string;
  readonly status: DefinitionStatus;
  readonly draft: DraftSummary | null;
};

export type DefinitionList = {
  readonly versionId: string;
  readonly version: number;
  readonly hash: string;
  readonly items: readonly DefinitionListItem[];
};

export type DraftRecord = {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly json: JsonObject | null;
  readonly deleted: boolean;
  readonly baseVersionId: string | null;
  readonly updatedAt: string;
  readonly version: number;
  readonly stale?: boolean;
};

export type DefinitionRead = {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly file: string;
  readonly published: JsonObject | null;
  readonly draft: DraftRecord | null;
};

/** A checker problem with the definition its file holds. */
export type LocatedProblem = {
  readonly file: string;
  readonly pointer: string;
  readonly code: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  readonly kind: DefinitionKind | null;
  readonly definitionId: string | null;
};

export type CheckReport = {
  readonly ok: boolean;
  readonly changed: boolean;
  readonly hash: string | null;
  readonly activeVersionId: string;
  readonly activeHash: string;
  readonly drafts: number;
  readonly problems: readonly LocatedProblem[];
};

export type RuleTestResult = {
  readonly name: string;
  readonly passed: boolean;
  readonly actual?: unknown;
  readonly expected: unknown;
  readonly error?: string;
};

export type CoverageReport = {
  readonly total: number;
  readonly covered: number;
  readonly missing: readonly { pointer: string; label: string; never: boolean }[];
};

export type RuleReport = {
  readonly ruleId: string;
  readonly file: string;
  readonly tests: readonly RuleTestResult[];
  readonly coverage: CoverageReport;
};

export type ScenarioResult = {
  readonly sopId: string;
  readonly name: string;
  readonly passed: boolean;
  readonly error?: string;
  readonly steps: readonly { index: number; ok: boolean; failures: readonly string[] }[];
};

export type TestFailure = {
  readonly kind: 'rule' | 'sop';
  readonly definitionId: string;
  readonly message: string;
};

export type TestRun = {
  readonly ok: boolean;
  readonly problems: readonly LocatedProblem[];
  readonly report: {
    readonly rules: readonly RuleReport[];
    readonly scenarios: {
      readonly total: number;
      readonly passed: number;
      readonly failed: number;
      readonly results: readonly ScenarioResult[];
    };
    readonly passed: boolean;
  } | null;
  readonly failures: readonly TestFailure[];
};

/** A template a new site can extend (`GET /api/admin/templates`). */
export type TemplateItem = {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly locales: readonly string[];
  readonly published: boolean;
};

export type ImpactQuery = { readonly type: string } & Readonly<Record<string, JsonValue>>;

export type CountedChange = {
  readonly kind: DefinitionKind;
  readonly definitionId: string;
  readonly definition: string;
  readonly code: string;
  readonly pointer: string;
  readonly params: Readonly<Record<string, JsonValue>>;
  readonly text: string;
  readonly impact: ImpactQuery | null;
  readonly affected: number | null;
};

export type DiffSide = {
  readonly versionId: string | null;
  readonly version: number | null;
  readonly hash: string | null;
};

export type SemanticDiff = {
  readonly from: DiffSide;
  readonly to: DiffSide;
  readonly casesOn: string;
  readonly changes: readonly CountedChange[];
  readonly problems: readonly LocatedProblem[];
};

export type VersionSummary = {
  readonly versionId: string;
  readonly version: number;
  readonly hash: string;
  readonly publishedAt: string;
  readonly publishedBy: string | null;
  readonly publishedByName: string | null;
  readonly note: string;
  readonly active: boolean;
  readonly openCases: number;
};

export type PublishedVersion = {
  readonly versionId: string;
  readonly version: number;
  readonly created: boolean;
};

export type MigrationSample = {
  readonly caseId: string;
  readonly changes: readonly string[];
  readonly before: { stage: string; facts: JsonObject; openTasks: readonly string[] };
  readonly after: { stage: string; facts: JsonObject; openTasks: readonly string[] };
};

export type MigrationRefusal = {
  readonly caseId: string;
  readonly problems: readonly { code: string; message: string; form?: string; pointer?: string }[];
};

export type MigrationRecord = {
  readonly id: string;
  readonly fromVersionId: string;
  readonly toVersionId: string;
  readonly mappings: Mappings;
  readonly dryRun: boolean;
  readonly status: 'running' | 'completed' | 'failed';
  readonly total: number;
  readonly migrated: number;
  readonly failed: number;
  readonly report: { samples?: MigrationSample[]; invalid?: MigrationRefusal[]; error?: string } | null;
  readonly startedAt: string;
  readonly finishedAt: string | null;
};

export type FieldMapping = { form: string; from: string; to: string };
export type OptionMapping = {
  form: string;
  field: string;
  from: string | number | boolean;
  to: string | number | boolean;
};

export type Mappings = {
  fields: FieldMapping[];
  options: OptionMapping[];
  stages: Record<string, string>;
  tasks: Record<string, string>;
};

export type Rollback = {
  readonly published: PublishedVersion;
  readonly rolledBackTo: { readonly versionId: string; readonly version: number };
  readonly migration: MigrationRecord | null;
};

export type TraceLine = { readonly text: string; readonly passed?: boolean; readonly depth: number };

export type Simulation = {
  readonly value: unknown;
  readonly lines: readonly TraceLine[];
  readonly definitions: 'draft' | 'active';
  readonly facts: Record<string, unknown>;
};

export type MatchCount = {
  readonly subject: 'person' | 'case';
  readonly matched: number;
  readonly total: number;
  readonly engine: 'sql' | 'in-process' | 'sql+in-process';
  readonly failed: number;
  readonly elapsedMs: number;
};

export type ImportReport = {
  readonly siteId: string;
  readonly exists: boolean;
  readonly hash: string | null;
  readonly declaredHash: string | null;
  readonly activeVersionId: string | null;
  readonly sameAsActive: boolean;
  readonly problems: readonly LocatedProblem[];
  readonly failures: readonly TestFailure[];
  readonly changes: readonly CountedChange[];
  readonly published: PublishedVersion | null;
};

export type NewSiteCheck = {
  readonly siteId: string;
  readonly ok: boolean;
  readonly hash: string | null;
  readonly problems: readonly LocatedProblem[];
};

export type CreatedSite = {
  readonly siteId: string;
  readonly versionId: string;
  readonly version: number;
  readonly hash: string;
  readonly membership: { readonly partnerId: string; readonly roleId: string };
};

export type SiteMembership = {
  readonly id: string;
  readonly partnerId: string;
  readonly roleId: string;
  readonly active: boolean;
};

export type SiteUser = {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly locale: string;
  readonly active: boolean;
  readonly memberships: readonly SiteMembership[];
  readonly elsewhere: boolean;
};

export type KpiCell = {
  readonly period: string | null;
  readonly group: Readonly<Record<string, JsonValue>> | null;
  readonly groupLabels?: Readonly<Record<string, string>>;
  readonly value: number | null;
  readonly count: number;
  readonly numerator?: number;
  readonly measured?: number;
  readonly meetsTarget?: boolean | null;
};

export type KpiView = {
  readonly indicatorId: string;
  readonly name: string;
  readonly description: string | null;
  readonly entity: string;
  readonly measure: string;
  readonly unit: 'count' | 'percent' | 'days' | 'number';
  readonly period: 'week' | 'month' | 'quarter' | 'year';
  readonly from: string;
  readonly to: string;
  readonly agency: string | null;
  readonly groupBy: readonly string[];
  readonly dimensions?: readonly { path: string; label: string }[];
  readonly target: { readonly value: number; readonly direction: 'at_least' | 'at_most' } | null;
  readonly engine: 'sql' | 'in-process';
  readonly periods: readonly { key: string; label: string; start: string; end: string }[];
  readonly cells: readonly KpiCell[];
  readonly elapsedMs?: number;
};

export type KpiDashboard = {
  readonly siteId: string;
  readonly locale: string;
  readonly today: string;
  readonly indicators: readonly KpiView[];
};

/** `GET /api/sites/:siteId/definitions`: the active version and who the user is at the site. */
export type SiteDefinitions = {
  readonly version: number;
  readonly versionId: string;
  readonly hash: string;
  readonly actor: { partnerId: string; roleId: string; permissions: string[] };
  readonly bundle: SiteBundle;
};

/** An item of `GET /api/sites`. */
export type SiteItem = {
  readonly id: string;
  readonly name: Record<string, string>;
  readonly version: number;
};
