import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, siteIdColumn, timestamptz } from './columns.js';
import { sites } from './sites.js';

/**
 * A person who signs in (or an API client). Users span sites; what they may do at a site comes
 * from their memberships, so the user row itself carries no site.
 */
export const users = pgTable(
  'users',
  {
    id: idColumn(),
    username: text('username').notNull().unique('users_username_key'),
    displayName: text('display_name').notNull(),
    /** Null for API-only users, who authenticate with tokens. */
    passwordHash: text('password_hash'),
    locale: text('locale').notNull().default('en'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAtColumn(),
  },
  // Usernames compare case-insensitively; storing them lower-cased keeps the unique index simple.
  (t) => [check('users_username_lower_check', sql`${t.username} = lower(${t.username})`)],
);

/** A user's role in one partner agency at one site. */
export const memberships = pgTable(
  'memberships',
  {
    id: idColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    siteId: siteIdColumn().references(() => sites.id),
    partnerId: text('partner_id').notNull(),
    roleId: text('role_id').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: createdAtColumn(),
  },
  (t) => [
    unique('memberships_user_site_partner_role_key').on(t.userId, t.siteId, t.partnerId, t.roleId),
    index('memberships_site_partner_idx').on(t.siteId, t.partnerId),
  ],
);

/**
 * A signed-in browser session. The id is the SHA-256 of the cookie token and the CSRF token is
 * stored hashed too: a leaked table or log line never yields a usable credential.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    membershipId: uuid('membership_id').references(() => memberships.id),
    csrfTokenHash: text('csrf_token_hash').notNull(),
    createdAt: createdAtColumn(),
    expiresAt: timestamptz('expires_at').notNull(),
    lastSeenAt: timestamptz('last_seen_at').notNull().defaultNow(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** A bearer token for machine clients at one site; only its hash is stored. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: idColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    siteId: siteIdColumn().references(() => sites.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique('api_tokens_token_hash_key'),
    createdAt: createdAtColumn(),
    lastUsedAt: timestamptz('last_used_at'),
    revokedAt: timestamptz('revoked_at'),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

/**
 * Sign-in attempts, kept in the database (not in memory) so login rate limiting holds across
 * several server processes. Old rows are pruned by the scheduler.
 */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: idColumn(),
    username: text('username').notNull(),
    ip: text('ip').notNull(),
    at: timestamptz('at').notNull().defaultNow(),
    succeeded: boolean('succeeded').notNull(),
  },
  (t) => [
    index('login_attempts_username_at_idx').on(t.username, t.at),
    index('login_attempts_ip_at_idx').on(t.ip, t.at),
  ],
);
