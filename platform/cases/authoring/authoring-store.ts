import type { DefinitionKind } from '../../definitions/definition-kinds.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import type { JsonObject, JsonValue } from '../../kernel/json.js';
import type { AccountStore, MembershipGrant } from './account-store.js';
import type { MigrationStore } from './migration-store.js';

/** A definition being edited: its full JSON (or a removal) over the site's published version. */
export type DraftRecord = {
  readonly siteId: string;
  readonly kind: DefinitionKind;
  readonly id: string;
  /** The definition as edited; null when the draft removes it. */
  readonly json: JsonObject | null;
  readonly deleted: boolean;
  /** The published version the draft started from. */
  readonly baseVersionId: string | null;
  readonly updatedBy: string | null;
  readonly updatedAt: Date;
  readonly version: number;
};

/** What saving a draft writes. */
export type DraftWrite = Omit<DraftRecord, 'version' | 'updatedAt'> & { readonly at: Date };

/** A draft as read, for publishing exactly what was checked. */
export type DraftKey = Pick<DraftRecord, 'kind' | 'id' | 'version'>;

/** Drafts of a site's definitions, one per kind and id, version-checked. */
export type DraftStore = {
  drafts(siteId: string): Promise<DraftRecord[]>;
  draft(siteId: string, kind: DefinitionKind, id: string): Promise<DraftRecord | undefined>;
  /**
   * Creates a draft (`expectedVersion` null) or replaces it at `expectedVersion`.
   * @throws PlatformError `stale_version` when the draft exists at another version, or exists at all when creating.
   */
  putDraft(write: DraftWrite, expectedVersion: number | null): Promise<DraftRecord>;
  /** Discards one draft; `stale_version` when `expectedVersion` is given and differs. False when there was none. */
  deleteDraft(
    siteId: string,
    kind: DefinitionKind,
    id: string,
    expectedVersion: number | null,
  ): Promise<boolean>;
  deleteDrafts(siteId: string): Promise<number>;
};

/** A published version in a list. */
export type VersionSummary = {
  readonly versionId: string;
  readonly version: number;
  readonly hash: string;
  readonly publishedAt: Date;
  readonly publishedBy: string | null;
  readonly publishedByName: string | null;
  readonly note: string;
  readonly active: boolean;
  /** Open and passive cases pinned to the version. */
  readonly openCases: number;
};

/** The version a publication made (or found: `created` false when the content was already active). */
export type PublishedVersion = {
  readonly versionId: string;
  readonly version: number;
  readonly created: boolean;
};

/** Who publishes, why and when. */
export type PublishOptions = { readonly publishedBy: string; readonly note: string; readonly at: Date };

/** Published versions and the sites they belong to. */
export type VersionStore = {
  versions(siteId: string): Promise<VersionSummary[]>;
  /**
   * Publishes the bundle (a new immutable version, made active; a no-op when the active version has
   * its hash) and deletes exactly these drafts, in one transaction, serialised per site.
   * @throws PlatformError `stale_version` when one of the drafts changed or vanished meanwhile, or
   *   the active version is no longer `basedOn` (someone published since the bundle was made).
   */
  publish(
    bundle: SiteBundle,
    options: PublishOptions & { drafts: readonly DraftKey[]; basedOn: string },
  ): Promise<PublishedVersion>;
  siteExists(siteId: string): Promise<boolean>;
  /** Publishes the first version of a new site and grants `admin`, in one transaction. */
  createSite(
    bundle: SiteBundle,
    options: PublishOptions & { admin?: MembershipGrant },
  ): Promise<PublishedVersion>;
};

/** A path of a form field inside `facts.<form>`: names, array items being looked through. */
export type FieldUse = { readonly form: string; readonly path: readonly string[] };

/** Something whose use the live database can count, for the impact of a change. */
export type ImpactQuery =
  | { readonly type: 'sop'; readonly sopId: string }
  | { readonly type: 'stage'; readonly sopId: string; readonly stage: string }
  /** Cases whose latest data has any of these fields (with `value`: holding that option value). */
  | { readonly type: 'facts'; readonly uses: readonly FieldUse[]; readonly value?: JsonValue }
  /** Cases with a running schedule of this review. */
  | { readonly type: 'review'; readonly sopId: string; readonly reviewId: string }
  /** Open tasks (tasks, reviews, approvals) of this definition id. */
  | { readonly type: 'open_tasks'; readonly sopId: string; readonly definitionId: string }
  | { readonly type: 'memberships'; readonly roleId?: string; readonly partnerId?: string }
  | { readonly type: 'agency'; readonly partnerId: string };

/** Counts in the live database of what a change touches. */
export type ImpactStore = {
  /** Counts per query over the open and passive cases pinned to `versionId` (memberships: the site's). */
  impact(siteId: string, versionId: string, queries: readonly ImpactQuery[]): Promise<number[]>;
};

/** The persistence port of site authoring, implemented by `platform/storage/authoring`. */
export type AuthoringStore = DraftStore & VersionStore & ImpactStore & MigrationStore & AccountStore;
