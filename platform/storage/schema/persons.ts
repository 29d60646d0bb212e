import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { JsonObject } from '../../kernel/json.js';
import { createdAtColumn, idColumn, siteIdColumn, timestamptz, versionColumn } from './columns.js';
import { sites } from './sites.js';
import { users } from './users.js';

/**
 * A registered client. `data` is the validated registration form; the fields that lists and
 * searches need are copied into indexed columns when it is written.
 */
export const persons = pgTable(
  'persons',
  {
    id: idColumn(),
    siteId: siteIdColumn().references(() => sites.id),
    data: jsonb('data').$type<JsonObject>().notNull(),
    displayName: text('display_name').notNull(),
    /** `normalizeName(displayName)`: lower-case, diacritics and Cyrillic/Latin folded. */
    nameKey: text('name_key').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    sex: text('sex'),
    language: text('language'),
    createdAt: createdAtColumn(),
    createdBy: uuid('created_by').references(() => users.id),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    version: versionColumn(),
  },
  (t) => [
    // Keyset listing, and the target of composite foreign keys that keep links inside one site.
    unique('persons_site_id_key').on(t.siteId, t.id),
    // Prefix search on the folded name without any extension (`name_key like 'ivan%'`).
    index('persons_site_name_key_idx').on(t.siteId, t.nameKey.op('text_pattern_ops')),
    // Substring and similarity search (pg_trgm, created by the first migration).
    index('persons_name_key_trgm_idx').using('gin', t.nameKey.op('gin_trgm_ops')),
    index('persons_site_birth_date_idx').on(t.siteId, t.birthDate),
  ],
);

/** Identity documents and numbers of a person (one value per type), for duplicate detection. */
export const personIdentifiers = pgTable(
  'person_identifiers',
  {
    siteId: siteIdColumn(),
    personId: uuid('person_id').notNull(),
    type: text('type').notNull(),
    value: text('value').notNull(),
  },
  (t) => [
    primaryKey({ name: 'person_identifiers_pkey', columns: [t.personId, t.type] }),
    index('person_identifiers_site_type_value_idx').on(t.siteId, t.type, t.value),
    foreignKey({
      name: 'person_identifiers_person_fk',
      columns: [t.siteId, t.personId],
      foreignColumns: [persons.siteId, persons.id],
    }).onDelete('cascade'),
  ],
);

/** A directed relation between two persons of one site: client unit, household, guardian… */
export const personLinks = pgTable(
  'person_links',
  {
    id: idColumn(),
    siteId: siteIdColumn(),
    personId: uuid('person_id').notNull(),
    relatedPersonId: uuid('related_person_id').notNull(),
    relation: text('relation').notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [
    unique('person_links_person_related_key').on(t.personId, t.relatedPersonId),
    index('person_links_related_idx').on(t.relatedPersonId),
    check('person_links_not_self_check', sql`${t.personId} <> ${t.relatedPersonId}`),
    foreignKey({
      name: 'person_links_person_fk',
      columns: [t.siteId, t.personId],
      foreignColumns: [persons.siteId, persons.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'person_links_related_fk',
      columns: [t.siteId, t.relatedPersonId],
      foreignColumns: [persons.siteId, persons.id],
    }).onDelete('cascade'),
  ],
);
