/*
 * Every operation of the API, classified for the matrix: checked per case (case, client, referral
 * operations), checked once per actor (site operations), or outside the matrix with the reason.
 * A new operation in `API_OPERATIONS` that is none of these fails the coverage test.
 */
import { API_OPERATIONS } from '../../../platform/http/openapi/api-operations.js';
import { CASE_CHECKS } from './case-checks.js';
import { type CheckSource, opKey, type SiteCheckSource } from './matrix-check.js';
import { PERSON_CHECKS, REFERRAL_CHECKS } from './record-checks.js';
import { SITE_CHECKS } from './site-checks.js';

/** Operations checked for every actor against every case of the world. */
export const RECORD_OPERATIONS: Readonly<Record<string, CheckSource>> = {
  ...CASE_CHECKS,
  ...PERSON_CHECKS,
  ...REFERRAL_CHECKS,
};

/** Operations checked once per actor. */
export const SITE_OPERATIONS: Readonly<Record<string, SiteCheckSource>> = SITE_CHECKS;

/** Operations about the session, not about what a role may see or do at a site. */
export const OUTSIDE_THE_MATRIX: Readonly<Record<string, string>> = {
  'get /health': 'anonymous; versions of the sites only',
  'post /api/auth/login': 'signing in (test/integration/http)',
  'get /api/auth/me': 'the caller’s own session',
  'put /api/auth/context': 'switching between the caller’s own memberships (test/integration/http)',
  'post /api/auth/logout': 'signing out',
  'get /api/sites': 'the sites of the caller’s own memberships',
};

/** Operations of the API the matrix does not classify (must stay empty). */
export function unclassifiedOperations(): string[] {
  return API_OPERATIONS.map((op) => opKey(op.method, op.path)).filter(
    (key) => !(key in RECORD_OPERATIONS || key in SITE_OPERATIONS || key in OUTSIDE_THE_MATRIX),
  );
}

/** Classified operations the API does not have (a renamed path would leave one behind). */
export function staleClassifications(): string[] {
  const api = new Set(API_OPERATIONS.map((op) => opKey(op.method, op.path)));
  return [
    ...Object.keys(RECORD_OPERATIONS),
    ...Object.keys(SITE_OPERATIONS),
    ...Object.keys(OUTSIDE_THE_MATRIX),
  ].filter((key) => !api.has(key));
}
