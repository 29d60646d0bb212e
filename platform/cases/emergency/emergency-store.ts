import type { CaseScope } from '../../access/case-scope.js';
import type { EmergencyGrant } from '../../access/emergency-access.js';
import type { PageRequest } from '../case-store.js';
import type { CaseStatus, Page } from '../records.js';

/**
 * What a worker who may break the glass learns of a case before asking for access: that it
 * exists, who holds it and where it stands — no name, no data of the client.
 */
export type EmergencyLookupItem = {
  readonly caseId: string;
  readonly agency: string;
  readonly sopId: string;
  readonly stage: string;
  readonly status: CaseStatus;
  readonly openedAt: Date;
};

/** A grant in the supervisors' list, with the user's name and the case's holding agency. */
export type EmergencyGrantListItem = EmergencyGrant & {
  readonly userName: string;
  readonly caseAgency: string;
};

export type EmergencyGrantFilter = {
  /** Grants on cases in this (staff) scope… */
  readonly scope: CaseScope;
  /** …and the grants this user obtained, wherever. */
  readonly userId: string;
};

/** The emergency access reads of the store port (part of `CaseQueries`). */
export type EmergencyQueries = {
  /** The user's grant on the case that runs out last, if it has not run out at `at`. */
  emergencyGrant(
    siteId: string,
    caseId: string,
    userId: string,
    at: Date,
  ): Promise<EmergencyGrant | undefined>;
  /** Whether the user holds a grant, valid at `at`, on a case of this person. */
  emergencyPersonAccess(siteId: string, personId: string, userId: string, at: Date): Promise<boolean>;
  /** Cases of a site by exact case id or exact identifier value of their client (any type). */
  emergencyLookup(
    siteId: string,
    probe: { readonly caseId?: string; readonly identifier?: string },
  ): Promise<EmergencyLookupItem[]>;
  /** Grants newest first (keyset on granted_at, id). */
  emergencyGrants(
    siteId: string,
    filter: EmergencyGrantFilter,
    page: PageRequest,
  ): Promise<Page<EmergencyGrantListItem>>;
};

/** The emergency access writes of the store port (part of `CaseWrites`). */
export type EmergencyWrites = {
  insertEmergencyGrant(grant: EmergencyGrant): Promise<void>;
};
