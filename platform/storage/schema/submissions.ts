import { sql } from 'drizzle-orm';
import { check, foreignKey, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { JsonObject } from '../../kernel/json.js';
import { cases } from './cases.js';
import { createdAtColumn, idColumn, siteIdColumn, timestamptz, versionColumn } from './columns.js';
import { persons } from './persons.js';
import { definitionVersions } from './sites.js';
import { users } from './users.js';

export const SUBMISSION_STATUSES = ['draft', 'submitted', 'superseded'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/**
 * One filling-in of a form, against the definition version it was rendered from. A draft is
 * edited in place (version-checked); a submitted one is final and a newer submission of the same
 * form supersedes it.
 */
export const submissions = pgTable(
  'submissions',
  {
    id: idColumn(),
    siteId: siteIdColumn(),
    caseId: uuid('case_id'),
    personId: uuid('person_id'),
    referralId: uuid('referral_id'),
    formId: text('form_id').notNull(),
    definitionVersionId: uuid('definition_version_id').notNull(),
    data: jsonb('data').$type<JsonObject>().notNull(),
    status: text('status').$type<SubmissionStatus>().notNull().default('draft'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAtColumn(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    submittedAt: timestamptz('submitted_at'),
    version: versionColumn(),
  },
  (t) => [
    check('submissions_status_check', sql`${t.status} in ('draft', 'submitted', 'superseded')`),
    index('submissions_case_form_status_idx').on(t.caseId, t.formId, t.status),
    index('submissions_person_form_status_idx').on(t.personId, t.formId, t.status),
    index('submissions_referral_idx').on(t.referralId),
    // Indicators over one form of a site (KPIs and match counts in SQL).
    index('submissions_site_form_idx').on(t.siteId, t.formId),
    foreignKey({
      name: 'submissions_case_fk',
      columns: [t.siteId, t.caseId],
      foreignColumns: [cases.siteId, cases.id],
    }),
    foreignKey({
      name: 'submissions_person_fk',
      columns: [t.siteId, t.personId],
      foreignColumns: [persons.siteId, persons.id],
    }),
    foreignKey({
      name: 'submissions_definition_version_fk',
      columns: [t.siteId, t.definitionVersionId],
      foreignColumns: [definitionVersions.siteId, definitionVersions.id],
    }),
  ],
);
