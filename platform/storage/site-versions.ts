import { and, desc, eq, max, sql } from 'drizzle-orm';
import type { SiteRegistry, SiteVersion } from '../cases/site-registry.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import { deepFreeze } from '../kernel/canonical-json.js';
import { newId } from '../kernel/ids.js';
import type { JsonValue } from '../kernel/json.js';
import { LOCK_NAMESPACE } from './advisory-locks.js';
import type { Db } from './database.js';
import { definitionVersions, sites } from './schema/index.js';

export type PublishResult = {
  readonly versionId: string;
  readonly version: number;
  readonly created: boolean;
};

/**
 * Makes `bundle` the active definitions of its site: a no-op when the active version already has
 * this content hash, else a new immutable version (numbered after the last) that becomes active.
 * Serialised per site, so two processes starting together publish once.
 */
export async function publishBundle(
  db: Db,
  bundle: SiteBundle,
  options: { publishedBy?: string | null; note?: string; at: Date },
): Promise<PublishResult> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(${LOCK_NAMESPACE.sitePublication}::int4, hashtext(${bundle.siteId}::text))`,
    );
    await tx
      .insert(sites)
      .values({ id: bundle.siteId, name: bundle.site.name })
      .onConflictDoUpdate({ target: sites.id, set: { name: bundle.site.name } });
    const [active] = await tx
      .select({
        id: definitionVersions.id,
        version: definitionVersions.version,
        hash: definitionVersions.contentHash,
      })
      .from(sites)
      .innerJoin(definitionVersions, eq(definitionVersions.id, sites.activeVersionId))
      .where(eq(sites.id, bundle.siteId));
    if (active?.hash === bundle.hash)
      return { versionId: active.id, version: active.version, created: false };
    const [last] = await tx
      .select({ version: max(definitionVersions.version) })
      .from(definitionVersions)
      .where(eq(definitionVersions.siteId, bundle.siteId));
    const version = (last?.version ?? 0) + 1;
    const versionId = newId();
    await tx.insert(definitionVersions).values({
      id: versionId,
      siteId: bundle.siteId,
      version,
      contentHash: bundle.hash,
      bundle: bundle as unknown as JsonValue,
      publishedBy: options.publishedBy ?? null,
      publishedAt: options.at,
      note: options.note ?? '',
    });
    await tx.update(sites).set({ activeVersionId: versionId }).where(eq(sites.id, bundle.siteId));
    return { versionId, version, created: true };
  });
}

type VersionRow = { id: string; siteId: string; version: number; bundle: unknown; publishedAt: Date };

/** Published versions read from the database; bundles are immutable and cached by version id. */
export function createSiteRegistry(db: Db): SiteRegistry {
  const cache = new Map<string, SiteVersion>();
  const toVersion = (row: VersionRow): SiteVersion => {
    const cached = cache.get(row.id);
    if (cached) return cached;
    const version: SiteVersion = {
      siteId: row.siteId,
      versionId: row.id,
      version: row.version,
      bundle: deepFreeze(row.bundle as SiteBundle),
      publishedAt: row.publishedAt,
    };
    cache.set(row.id, version);
    return version;
  };
  const select = (where: ReturnType<typeof eq>) =>
    db
      .select({
        id: definitionVersions.id,
        siteId: definitionVersions.siteId,
        version: definitionVersions.version,
        bundle: definitionVersions.bundle,
        publishedAt: definitionVersions.publishedAt,
      })
      .from(definitionVersions)
      .where(where)
      .orderBy(desc(definitionVersions.version))
      .limit(1);
  return {
    async active(siteId) {
      const [site] = await db
        .select({ active: sites.activeVersionId })
        .from(sites)
        .where(eq(sites.id, siteId));
      if (!site?.active) return undefined;
      const hit = cache.get(site.active);
      if (hit) return hit;
      const [row] = await select(
        and(eq(definitionVersions.siteId, siteId), eq(definitionVersions.id, site.active)) as ReturnType<
          typeof eq
        >,
      );
      return row ? toVersion(row) : undefined;
    },
    async byVersion(siteId, versionId) {
      const hit = cache.get(versionId);
      if (hit) return hit.siteId === siteId ? hit : undefined;
      const [row] = await select(
        and(eq(definitionVersions.siteId, siteId), eq(definitionVersions.id, versionId)) as ReturnType<
          typeof eq
        >,
      );
      return row ? toVersion(row) : undefined;
    },
    async siteIds() {
      const rows = await db.select({ id: sites.id }).from(sites).orderBy(sites.id);
      return rows.map((r) => r.id);
    },
  };
}
