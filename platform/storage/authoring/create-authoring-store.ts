import type { AuthoringStore } from '../../cases/authoring/authoring-store.js';
import { findUserByUsername, setUserActive } from '../accounts.js';
import type { Db } from '../database.js';
import { createAccount, grantMembership, setMembershipActive, siteUsers } from './account-admin.js';
import { deleteDraft, deleteDrafts, findDraft, listDrafts, putDraft } from './draft-queries.js';
import { countImpact } from './impact-queries.js';
import {
  candidates,
  countCandidates,
  findMigration,
  finishMigration,
  insertMigration,
  lastApplied,
  listMigrations,
  migrationBatch,
} from './migration-queries.js';
import { createSite, listVersions, publishDrafts, siteExists } from './version-queries.js';

/** The authoring operations' persistence port over a drizzle database (PGlite or PostgreSQL). */
export function createAuthoringStore(db: Db): AuthoringStore {
  return {
    drafts: (siteId) => listDrafts(db, siteId),
    draft: (siteId, kind, id) => findDraft(db, siteId, kind, id),
    putDraft: (write, expected) => putDraft(db, write, expected),
    deleteDraft: (siteId, kind, id, expected) => deleteDraft(db, siteId, kind, id, expected),
    deleteDrafts: (siteId) => deleteDrafts(db, siteId),
    versions: (siteId) => listVersions(db, siteId),
    publish: (bundle, options) => publishDrafts(db, bundle, options),
    siteExists: (siteId) => siteExists(db, siteId),
    createSite: (bundle, options) => createSite(db, bundle, options),
    impact: (siteId, versionId, queries) => countImpact(db, siteId, versionId, queries),
    createMigration: (input) => insertMigration(db, input),
    migration: (siteId, id) => findMigration(db, siteId, id),
    migrations: (siteId, limit) => listMigrations(db, siteId, limit),
    lastAppliedMigration: (siteId, toVersionId) => lastApplied(db, siteId, toVersionId),
    finishMigration: (id, end) => finishMigration(db, id, end),
    countCandidates: (siteId, filter) => countCandidates(db, siteId, filter),
    candidates: (siteId, filter, afterId, limit) => candidates(db, siteId, filter, afterId, limit),
    migrationBatch: (work) => migrationBatch(db, work),
    siteUsers: (siteId) => siteUsers(db, siteId),
    siteUser: async (siteId, userId) => (await siteUsers(db, siteId, userId))[0],
    userIdByUsername: async (username) => (await findUserByUsername(db, username))?.id,
    createAccount: (account, siteId, grants) => createAccount(db, account, siteId, grants),
    grantMembership: (siteId, grant) => grantMembership(db, siteId, grant),
    setMembershipActive: (siteId, id, active) => setMembershipActive(db, siteId, id, active),
    setUserActive: (userId, active) => setUserActive(db, userId, active),
  };
}
