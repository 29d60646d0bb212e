import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  json,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import type { JsonValue } from '../../kernel/json.js';
import { createdAtColumn, idColumn, siteIdColumn, timestamptz, versionColumn } from './columns.js';
import { definitionVersions, sites } from './sites.js';
import { users } from './users.js';

/**
 * Definitions being edited in the admin UI: one draft file per kind and id, over the site's
 * published version. Publishing checks and tests the draft set as a whole, then clears it.
 */
export const definitionDrafts = pgTable(
  'definition_drafts',
  {
    siteId: siteIdColumn().references(() => sites.id),
    kind: text('kind').notNull(),
    definitionId: text('definition_id').notNull(),
    /** The definition as edited; null when the draft deletes it. */
    // `json`, not `jsonb`: jsonb reorders object keys, and a form's field order is its layout.
    json: json('json').$type<JsonValue>(),
    deleted: boolean('deleted').notNull().default(false),
    /** The published version the draft started from, for conflict warnings. */
    baseVersionId: uuid('base_version_id'),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    version: versionColumn(),
  },
  (t) => [
    primaryKey({ name: 'definition_drafts_pkey', columns: [t.siteId, t.kind, t.definitionId] }),
    check(
      'definition_drafts_kind_check',
      sql`${t.kind} in ('site', 'form', 'lookup', 'rule', 'sop', 'referral', 'service', 'indicator')`,
    ),
  ],
);

/**
 * An explicit migration of open cases from one published version to another, with its mappings
 * of renamed fields and options; dry runs are recorded too. Each migrated case also gets an event.
 */
export const caseMigrations = pgTable(
  'case_migrations',
  {
    id: idColumn(),
    siteId: siteIdColumn().references(() => sites.id),
    fromVersionId: uuid('from_version_id')
      .notNull()
      .references(() => definitionVersions.id),
    toVersionId: uuid('to_version_id')
      .notNull()
      .references(() => definitionVersions.id),
    mappings: jsonb('mappings').$type<JsonValue>().notNull(),
    dryRun: boolean('dry_run').notNull(),
    status: text('status').notNull(),
    total: integer('total').notNull().default(0),
    migrated: integer('migrated').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    report: jsonb('report').$type<JsonValue>(),
    startedBy: uuid('started_by').references(() => users.id),
    startedAt: createdAtColumn(),
    finishedAt: timestamptz('finished_at'),
  },
  (t) => [
    check('case_migrations_status_check', sql`${t.status} in ('running', 'completed', 'failed')`),
    index('case_migrations_site_idx').on(t.siteId, t.startedAt),
  ],
);
