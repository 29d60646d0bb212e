import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  foreignKey,
  index,
  integer,
  json,
  jsonb,
  type PgTableExtraConfigValue,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { JsonValue } from '../../kernel/json.js';
import type { LocalizedText } from '../../kernel/localized-text.js';
import { createdAtColumn, idColumn, siteIdColumn, timestamptz } from './columns.js';

/** A pilot site: the unit of configuration; `active_version_id` points at the definitions in force. */
export const sites = pgTable(
  'sites',
  {
    id: text('id').primaryKey(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    activeVersionId: uuid('active_version_id'),
    createdAt: createdAtColumn(),
  },
  (t): PgTableExtraConfigValue[] => [
    // Composite so the active pointer can only name a version of this same site.
    foreignKey({
      name: 'sites_active_version_fk',
      columns: [t.id, t.activeVersionId],
      foreignColumns: [definitionVersions.siteId, definitionVersions.id],
    }),
  ],
);

/** One published, immutable definition bundle of a site; cases pin the version they run under. */
export const definitionVersions = pgTable(
  'definition_versions',
  {
    id: idColumn(),
    siteId: siteIdColumn().references((): AnyPgColumn => sites.id),
    version: integer('version').notNull(),
    contentHash: text('content_hash').notNull(),
    // `json`, not `jsonb`: jsonb reorders object keys, and a form's field order is its layout.
    bundle: json('bundle').$type<JsonValue>().notNull(),
    publishedBy: uuid('published_by'),
    publishedAt: timestamptz('published_at').notNull().defaultNow(),
    note: text('note').notNull().default(''),
  },
  (t) => [
    unique('definition_versions_site_version_key').on(t.siteId, t.version),
    // Target of composite foreign keys that keep references inside one site.
    unique('definition_versions_site_id_key').on(t.siteId, t.id),
    index('definition_versions_site_hash_idx').on(t.siteId, t.contentHash),
    check('definition_versions_version_check', sql`${t.version} >= 1`),
  ],
);
