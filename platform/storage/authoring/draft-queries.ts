import { and, eq, sql } from 'drizzle-orm';
import type { DraftRecord, DraftWrite } from '../../cases/authoring/authoring-store.js';
import type { DefinitionKind } from '../../definitions/definition-kinds.js';
import { PlatformError } from '../../kernel/errors.js';
import type { JsonObject } from '../../kernel/json.js';
import type { Db } from '../database.js';
import { definitionDrafts } from '../schema/index.js';

type Row = typeof definitionDrafts.$inferSelect;

/** A draft row as the operations see it. */
export function toDraft(row: Row): DraftRecord {
  return {
    siteId: row.siteId,
    kind: row.kind as DefinitionKind,
    id: row.definitionId,
    json: (row.json as JsonObject | null) ?? null,
    deleted: row.deleted,
    baseVersionId: row.baseVersionId,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

const keyOf = (siteId: string, kind: string, id: string) =>
  and(
    eq(definitionDrafts.siteId, siteId),
    eq(definitionDrafts.kind, kind),
    eq(definitionDrafts.definitionId, id),
  );

/** The site's drafts in kind and id order. */
export async function listDrafts(db: Db, siteId: string): Promise<DraftRecord[]> {
  const rows = await db
    .select()
    .from(definitionDrafts)
    .where(eq(definitionDrafts.siteId, siteId))
    .orderBy(definitionDrafts.kind, definitionDrafts.definitionId);
  return rows.map(toDraft);
}

/** One draft, if any. */
export async function findDraft(
  db: Db,
  siteId: string,
  kind: DefinitionKind,
  id: string,
): Promise<DraftRecord | undefined> {
  const [row] = await db
    .select()
    .from(definitionDrafts)
    .where(keyOf(siteId, kind, id));
  return row === undefined ? undefined : toDraft(row);
}

async function stale(
  db: Db,
  w: Pick<DraftWrite, 'siteId' | 'kind' | 'id'>,
  expected: number | null,
): Promise<never> {
  const current = await findDraft(db, w.siteId, w.kind, w.id);
  throw new PlatformError('stale_version', 'The draft was changed by someone else; reload and retry.', {
    detail: { currentVersion: current?.version ?? null, expectedVersion: expected },
  });
}

/** Inserts a draft (none may exist) or updates it at the expected version; anything else is stale. */
export async function putDraft(db: Db, w: DraftWrite, expected: number | null): Promise<DraftRecord> {
  const values = {
    json: w.json,
    deleted: w.deleted,
    baseVersionId: w.baseVersionId,
    updatedBy: w.updatedBy,
    updatedAt: w.at,
  };
  const rows =
    expected === null
      ? await db
          .insert(definitionDrafts)
          .values({ siteId: w.siteId, kind: w.kind, definitionId: w.id, ...values })
          .onConflictDoNothing()
          .returning()
      : await db
          .update(definitionDrafts)
          .set({ ...values, version: sql`${definitionDrafts.version} + 1` })
          .where(and(keyOf(w.siteId, w.kind, w.id), eq(definitionDrafts.version, expected)))
          .returning();
  const [row] = rows;
  return row === undefined ? stale(db, w, expected) : toDraft(row);
}

/** Deletes one draft, at the expected version when one is given. */
export async function deleteDraft(
  db: Db,
  siteId: string,
  kind: DefinitionKind,
  id: string,
  expected: number | null,
): Promise<boolean> {
  const rows = await db
    .delete(definitionDrafts)
    .where(
      and(keyOf(siteId, kind, id), expected === null ? undefined : eq(definitionDrafts.version, expected)),
    )
    .returning({ version: definitionDrafts.version });
  if (rows.length > 0) return true;
  if (expected !== null && (await findDraft(db, siteId, kind, id)) !== undefined)
    await stale(db, { siteId, kind, id }, expected);
  return false;
}

/** Deletes every draft of the site; returns how many there were. */
export async function deleteDrafts(db: Db, siteId: string): Promise<number> {
  const rows = await db
    .delete(definitionDrafts)
    .where(eq(definitionDrafts.siteId, siteId))
    .returning({ id: definitionDrafts.definitionId });
  return rows.length;
}
