import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { MembershipGrant } from '../../cases/authoring/account-store.js';
import type {
  DraftKey,
  PublishedVersion,
  PublishOptions,
  VersionSummary,
} from '../../cases/authoring/authoring-store.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { PlatformError } from '../../kernel/errors.js';
import { createMembership } from '../accounts.js';
import { LOCK_NAMESPACE } from '../advisory-locks.js';
import type { Db } from '../database.js';
import { cases, definitionDrafts, definitionVersions, sites, users } from '../schema/index.js';
import { publishBundle } from '../site-versions.js';

/** The site's published versions, newest first, with who published them and their open cases. */
export async function listVersions(db: Db, siteId: string): Promise<VersionSummary[]> {
  const [site] = await db.select({ active: sites.activeVersionId }).from(sites).where(eq(sites.id, siteId));
  const openCases = db
    .select({ versionId: cases.definitionVersionId, n: sql<number>`count(*)::int`.as('n') })
    .from(cases)
    .where(and(eq(cases.siteId, siteId), inArray(cases.status, ['open', 'passive'])))
    .groupBy(cases.definitionVersionId)
    .as('open_cases');
  const rows = await db
    .select({
      versionId: definitionVersions.id,
      version: definitionVersions.version,
      hash: definitionVersions.contentHash,
      publishedAt: definitionVersions.publishedAt,
      publishedBy: definitionVersions.publishedBy,
      publishedByName: users.displayName,
      note: definitionVersions.note,
      openCases: openCases.n,
    })
    .from(definitionVersions)
    .leftJoin(users, eq(users.id, definitionVersions.publishedBy))
    .leftJoin(openCases, eq(openCases.versionId, definitionVersions.id))
    .where(eq(definitionVersions.siteId, siteId))
    .orderBy(desc(definitionVersions.version));
  return rows.map((r) => ({
    ...r,
    publishedByName: r.publishedByName ?? null,
    openCases: r.openCases ?? 0,
    active: r.versionId === site?.active,
  }));
}

/** Deletes exactly the drafts that were checked; any of them changed or gone makes the publication stale. */
async function takeDrafts(tx: Db, siteId: string, drafts: readonly DraftKey[]): Promise<void> {
  for (const d of drafts) {
    const deleted = await tx
      .delete(definitionDrafts)
      .where(
        and(
          eq(definitionDrafts.siteId, siteId),
          eq(definitionDrafts.kind, d.kind),
          eq(definitionDrafts.definitionId, d.id),
          eq(definitionDrafts.version, d.version),
        ),
      )
      .returning({ id: definitionDrafts.definitionId });
    if (deleted.length === 0)
      throw new PlatformError(
        'stale_version',
        `The draft of ${d.kind} "${d.id}" changed while publishing; check again.`,
      );
  }
}

/**
 * Publishes a bundle and consumes the drafts it was made from, in one transaction holding the
 * site's publication lock, unless the site was published since the bundle was made.
 */
export async function publishDrafts(
  db: Db,
  bundle: SiteBundle,
  options: PublishOptions & { drafts: readonly DraftKey[]; basedOn: string },
): Promise<PublishedVersion> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(${LOCK_NAMESPACE.sitePublication}::int4, hashtext(${bundle.siteId}::text))`,
    );
    const [site] = await tx
      .select({ active: sites.activeVersionId })
      .from(sites)
      .where(eq(sites.id, bundle.siteId));
    if (site?.active !== options.basedOn)
      throw new PlatformError('stale_version', 'The site was published meanwhile; check the changes again.', {
        detail: { activeVersionId: site?.active ?? null, basedOn: options.basedOn },
      });
    await takeDrafts(tx as unknown as Db, bundle.siteId, options.drafts);
    return publishBundle(tx as unknown as Db, bundle, options);
  });
}

/** Whether a site with this id exists (published or being created). */
export async function siteExists(db: Db, siteId: string): Promise<boolean> {
  const [row] = await db.select({ id: sites.id }).from(sites).where(eq(sites.id, siteId));
  return row !== undefined;
}

/**
 * Creates a site with its first version and grants its first administrator, in one transaction;
 * `conflict` when the id is taken (also by a concurrent creation).
 */
export async function createSite(
  db: Db,
  bundle: SiteBundle,
  options: PublishOptions & { admin?: MembershipGrant },
): Promise<PublishedVersion> {
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(sites)
      .values({ id: bundle.siteId, name: bundle.site.name })
      .onConflictDoNothing()
      .returning({ id: sites.id });
    if (created === undefined)
      throw new PlatformError('conflict', `A site "${bundle.siteId}" already exists.`);
    const published = await publishBundle(tx as unknown as Db, bundle, options);
    if (options.admin !== undefined)
      await createMembership(tx as unknown as Db, { ...options.admin, siteId: bundle.siteId });
    return published;
  });
}
