import type { CaseQueries, CaseStore, CaseWrites } from '../../cases/case-store.js';
import type { ReferralQueries, ReferralWrites } from '../../cases/referrals/referral-store.js';
import type { Db, Tx } from '../database.js';
import {
  caseTeamOf,
  draftOf,
  eventsOf,
  findCase,
  listCases,
  listTasks,
  membersOf,
  openTasksOfOwnersOf,
  ownedCasesOf,
  submissionsOf,
  userNamesOf,
} from './case-queries.js';
import * as writes from './case-writes.js';
import * as emergency from './emergency-queries.js';
import { linkPersons, linksOf, unlinkPersons } from './person-links.js';
import { findDuplicates, findPerson, personInScope, searchPersons } from './person-queries.js';
import * as referralReads from './referral-queries.js';
import * as referralWrites from './referral-writes.js';

function queries(db: Db): CaseQueries {
  return {
    person: (siteId, id) => findPerson(db, siteId, id),
    personInScope: (siteId, id, scope) => personInScope(db, siteId, id, scope),
    personLinks: (siteId, personId) => linksOf(db, siteId, personId),
    personDuplicates: (siteId, probe) => findDuplicates(db, siteId, probe),
    searchPersons: (siteId, query, page) => searchPersons(db, siteId, query, page),
    caseById: (siteId, id) => findCase(db, siteId, id),
    listCases: (siteId, filter, page) => listCases(db, siteId, filter, page),
    team: (siteId, caseId, at) => caseTeamOf(db, siteId, caseId, at),
    submissions: (siteId, caseId, formId) => submissionsOf(db, siteId, caseId, formId),
    draft: (siteId, caseId, formId, userId) => draftOf(db, siteId, caseId, formId, userId),
    events: (siteId, streamId, page) => eventsOf(db, siteId, streamId, page),
    tasks: (siteId, filter, page) => listTasks(db, siteId, filter, page),
    userNames: (ids) => userNamesOf(db, ids),
    members: (siteId, partnerId) => membersOf(db, siteId, partnerId),
    ownedCases: (siteId, ids) => ownedCasesOf(db, siteId, ids),
    openTasksOfOwners: (siteId, ids) => openTasksOfOwnersOf(db, siteId, ids),
    ...referralQueries(db),
    emergencyGrant: (siteId, caseId, userId, at) =>
      emergency.emergencyGrantOf(db, siteId, caseId, userId, at),
    emergencyPersonAccess: (siteId, personId, userId, at) =>
      emergency.emergencyPersonAccess(db, siteId, personId, userId, at),
    emergencyLookup: (siteId, probe) => emergency.emergencyLookup(db, siteId, probe),
    emergencyGrants: (siteId, filter, page) => emergency.emergencyGrants(db, siteId, filter, page),
  };
}

function referralQueries(db: Db): ReferralQueries {
  return {
    referralById: (siteId, id) => referralReads.findReferral(db, siteId, id),
    referralsOfCase: (siteId, caseId) => referralReads.referralsOfCase(db, siteId, caseId),
    listReferrals: (siteId, filter, page) => referralReads.listReferrals(db, siteId, filter, page),
    referralSubmissions: (siteId, id) => referralReads.referralSubmissionsOf(db, siteId, id),
    consentsOf: (siteId, personId) => referralReads.consentsOf(db, siteId, personId),
    consentById: (siteId, id) => referralReads.findConsent(db, siteId, id),
    disclosuresOf: (siteId, personId) => referralReads.disclosuresOf(db, siteId, personId),
    disclosuresOfReferrals: (siteId, ids) => referralReads.disclosuresOfReferrals(db, siteId, ids),
  };
}

function referralWritesOf(tx: Tx): ReferralWrites {
  return {
    insertReferral: (record) => referralWrites.insertReferral(tx, record),
    updateReferral: (key, patch, at) => referralWrites.updateReferral(tx, key, patch, at),
    insertConsent: (row) => referralWrites.insertConsent(tx, row),
    renewTeamConsent: (row) => referralWrites.renewTeamConsent(tx, row),
    updateConsent: (key, patch) => referralWrites.updateConsent(tx, key, patch),
    insertDisclosure: (row) => referralWrites.insertDisclosure(tx, row),
    addReferralTasks: (rows) => referralWrites.addReferralTasks(tx, rows),
    closeReferralTask: (siteId, caseId, taskId, status, at) =>
      referralWrites.closeReferralTask(tx, siteId, caseId, taskId, status, at),
    supersedeReferralSubmissions: (siteId, referralId, formId, exceptId) =>
      referralWrites.supersedeReferralSubmissions(tx, siteId, referralId, formId, exceptId),
    claimDueReferrals: (now, limit) => referralWrites.claimDueReferrals(tx, now, limit),
  };
}

function writesOf(tx: Tx): CaseWrites {
  return {
    insertPerson: (p) => writes.insertPerson(tx, p),
    linkPersons: (link) => linkPersons(tx, link),
    unlinkPersons: (siteId, personId, relatedId) => unlinkPersons(tx, siteId, personId, relatedId),
    updatePerson: (key, patch, at) => writes.updatePerson(tx, key, patch, at),
    insertCase: (record) => writes.insertCase(tx, record),
    updateCase: (key, patch, at) => writes.updateCase(tx, key, patch, at),
    syncTasks: (siteId, caseId, rows) => writes.syncTasks(tx, siteId, caseId, rows),
    insertSubmission: (record) => writes.insertSubmission(tx, record),
    updateDraft: (key, data, at) => writes.updateDraft(tx, key, data, at),
    markSubmitted: (siteId, id, at) => writes.markSubmitted(tx, siteId, id, at),
    supersedeSubmissions: (siteId, caseId, formId, exceptId) =>
      writes.supersede(tx, siteId, caseId, formId, exceptId),
    discardDrafts: (siteId, caseId, formId, userId) =>
      writes.discardDrafts(tx, siteId, caseId, formId, userId),
    addTeamMember: (siteId, caseId, member, at) => writes.addTeamMember(tx, siteId, caseId, member, at),
    removeTeamMember: (siteId, caseId, userId) => writes.removeTeamMember(tx, siteId, caseId, userId),
    appendEvent: (event) => writes.appendHistory(tx, event),
    claimDueCases: (now, limit) => writes.claimDueCases(tx, now, limit),
    insertEmergencyGrant: (grant) => emergency.insertEmergencyGrant(tx, grant),
    ...referralWritesOf(tx),
  };
}

/** The case operations' persistence port over a drizzle database (PGlite or PostgreSQL). */
export function createCaseStore(db: Db): CaseStore {
  return {
    ...queries(db),
    transaction: (work) => db.transaction((tx) => work({ ...queries(tx as unknown as Db), ...writesOf(tx) })),
  };
}
