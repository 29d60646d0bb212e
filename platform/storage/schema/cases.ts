import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { JsonObject } from '../../kernel/json.js';
import { idColumn, siteIdColumn, timestamptz, versionColumn } from './columns.js';
import { persons } from './persons.js';
import { definitionVersions } from './sites.js';
import { users } from './users.js';

/** The statuses a case can be in; stages are the SOP's business, statuses are the platform's. */
export const CASE_STATUSES = ['open', 'passive', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * Current state of a case. Its history is the `events` stream with the same id; every change
 * here is written in the transaction that appends the event, guarded by `version`.
 */
export const cases = pgTable(
  'cases',
  {
    id: idColumn(),
    siteId: siteIdColumn(),
    personId: uuid('person_id').notNull(),
    sopId: text('sop_id').notNull(),
    /** The published definitions this case runs under, until it is migrated explicitly. */
    definitionVersionId: uuid('definition_version_id').notNull(),
    stage: text('stage').notNull(),
    stageEnteredAt: timestamptz('stage_entered_at').notNull(),
    status: text('status').$type<CaseStatus>().notNull().default('open'),
    ownerUserId: uuid('owner_user_id').references(() => users.id),
    /** Partner id of the agency that holds the case. */
    agency: text('agency').notNull(),
    priority: text('priority'),
    weight: numeric('weight', { mode: 'number' }),
    /** Latest submitted data per form id, `{ "<form-id>": {...} }`: rules compile to SQL over it. */
    facts: jsonb('facts').$type<JsonObject>().notNull().default({}),
    /** The SOP engine's whole state of the case (stage, tasks, approvals, reviews, milestones). */
    workflow: jsonb('workflow').$type<JsonObject>().notNull().default({}),
    closureReason: text('closure_reason'),
    openedAt: timestamptz('opened_at').notNull(),
    closedAt: timestamptz('closed_at'),
    reopenedCount: integer('reopened_count').notNull().default(0),
    /** When the scheduler must next look at the case (a deadline, a review's day); null: never. */
    nextWakeAt: timestamptz('next_wake_at'),
    version: versionColumn(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('cases_status_check', sql`${t.status} in ('open', 'passive', 'closed')`),
    unique('cases_site_id_key').on(t.siteId, t.id),
    index('cases_site_status_owner_idx').on(t.siteId, t.status, t.ownerUserId),
    index('cases_site_agency_status_idx').on(t.siteId, t.agency, t.status),
    index('cases_person_idx').on(t.personId),
    index('cases_site_updated_idx').on(t.siteId, t.updatedAt, t.id),
    // The scheduler's sweep: cases whose next deadline or review day has come, across sites.
    index('cases_next_wake_idx').on(t.nextWakeAt).where(sql`${t.nextWakeAt} is not null`),
    foreignKey({
      name: 'cases_person_fk',
      columns: [t.siteId, t.personId],
      foreignColumns: [persons.siteId, persons.id],
    }),
    foreignKey({
      name: 'cases_definition_version_fk',
      columns: [t.siteId, t.definitionVersionId],
      foreignColumns: [definitionVersions.siteId, definitionVersions.id],
    }),
  ],
);

/** Users working on a case besides its owner, each in a role. */
export const caseTeam = pgTable(
  'case_team',
  {
    siteId: siteIdColumn(),
    caseId: uuid('case_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    roleId: text('role_id').notNull(),
    addedAt: timestamptz('added_at').notNull().defaultNow(),
    /**
     * For a member from another partner (joint casework): the client's consent that admits them.
     * They are on the team only while it is neither withdrawn nor expired; null for colleagues of
     * the agency holding the case.
     */
    consentId: uuid('consent_id'),
  },
  (t) => [
    primaryKey({ name: 'case_team_pkey', columns: [t.caseId, t.userId] }),
    // "Cases I am on the team of" for a caseworker's list.
    index('case_team_site_user_idx').on(t.siteId, t.userId),
    foreignKey({
      name: 'case_team_case_fk',
      columns: [t.siteId, t.caseId],
      foreignColumns: [cases.siteId, cases.id],
    }).onDelete('cascade'),
  ],
);

export const TASK_STATUSES = ['open', 'done', 'skipped', 'cancelled'] as const;

/**
 * Open and finished tasks of cases (SOP tasks, reviews, approvals, follow-ups), denormalised from
 * the case's workflow state so "my work" lists are one indexed query. Written in the same
 * transaction as the case.
 */
export const tasks = pgTable(
  'tasks',
  {
    id: idColumn(),
    siteId: siteIdColumn(),
    caseId: uuid('case_id').notNull(),
    /** The engine's instance id within the case (`<definition>#<n>`). */
    instanceKey: text('instance_key').notNull(),
    definitionId: text('definition_id').notNull(),
    kind: text('kind').notNull(),
    roleId: text('role_id').notNull(),
    /** Partner id of the agency responsible (the case's agency unless the task says otherwise). */
    agency: text('agency').notNull(),
    assigneeUserId: uuid('assignee_user_id').references(() => users.id),
    dueAt: timestamptz('due_at'),
    status: text('status').notNull().default('open'),
    overdue: boolean('overdue').notNull().default(false),
    createdAt: timestamptz('created_at').notNull(),
    completedAt: timestamptz('completed_at'),
  },
  (t) => [
    check('tasks_status_check', sql`${t.status} in ('open', 'done', 'skipped', 'cancelled')`),
    unique('tasks_case_instance_key').on(t.caseId, t.instanceKey),
    index('tasks_site_agency_role_open_idx')
      .on(t.siteId, t.agency, t.roleId, t.dueAt)
      .where(sql`${t.status} = 'open'`),
    index('tasks_site_assignee_open_idx')
      .on(t.siteId, t.assigneeUserId, t.dueAt)
      .where(sql`${t.status} = 'open'`),
    index('tasks_case_idx').on(t.caseId),
    // The scheduler's sweep for tasks falling overdue, across sites.
    index('tasks_open_due_idx').on(t.dueAt).where(sql`${t.status} = 'open' and not ${t.overdue}`),
    foreignKey({
      name: 'tasks_case_fk',
      columns: [t.siteId, t.caseId],
      foreignColumns: [cases.siteId, cases.id],
    }).onDelete('cascade'),
  ],
);
