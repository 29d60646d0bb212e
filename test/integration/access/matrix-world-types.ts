/*
 * What the authorization matrix knows about the world it made through the API: the actors (every
 * user of the site, with the role the site definitions give them) and the cases, with the facts
 * that decide access — agency, owner, team, who registered the client, referral, consent, grants.
 */
import type { Permission, Role } from '../../../platform/definitions/definition-types.generated.js';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import type { Client, Platform } from '../../support/platform-harness.js';
import type { MatrixSite } from './matrix-sites.js';

/** A signed-in user in their one membership at the site. */
export type MatrixActor = {
  readonly username: string;
  readonly userId: string;
  readonly partnerId: string;
  readonly roleId: string;
  /** The role as the site definitions declare it (after the template is applied). */
  readonly role: Role;
  readonly client: Client;
};

/** Where a referral of a case ended up before the matrix runs. */
export type ReferralFate = 'active' | 'consent_withdrawn' | 'closed';

export type MatrixReferral = {
  readonly id: string;
  readonly protocolId: string;
  readonly senderPartner: string;
  readonly receiverPartner: string;
  readonly fate: ReferralFate;
  /** The protocol's referral form and counter-referral form. */
  readonly formId: string | null;
  readonly feedbackFormId: string | null;
};

/** Emergency (break-glass) access a user obtained to a case: still running, or run out. */
export type GrantState = 'valid' | 'expired';

export type MatrixCase = {
  /** What the case was made to be, for the report (the relationship itself is per actor). */
  readonly key: string;
  readonly id: string;
  readonly personId: string;
  readonly agency: string;
  readonly ownerUserId: string;
  readonly teamUserIds: readonly string[];
  /** Who registered the client (the person scope of a worker includes the clients they registered). */
  readonly registeredBy: string;
  /** A consent of the client (every client has one, so withdrawing can be tried). */
  readonly consentId: string;
  readonly referral: MatrixReferral | null;
  readonly grants: ReadonlyMap<string, GrantState>;
  /** Everything submitted about the client, by form id (the registration form included). */
  readonly data: Readonly<Record<string, Record<string, unknown>>>;
  /** Data of the referral's own form (what the client signed), which travels with the referral. */
  readonly referralFormData: Record<string, unknown> | null;
};

export type MatrixWorld = {
  readonly site: MatrixSite;
  readonly bundle: SiteBundle;
  readonly platform: Platform;
  readonly actors: readonly MatrixActor[];
  readonly cases: readonly MatrixCase[];
  /** The site as a bundle file, for the import dry run. */
  readonly exportFile: unknown;
};

/** Whether the role the site definitions give the actor holds a permission. */
export function can(actor: MatrixActor, permission: Permission): boolean {
  return actor.role.permissions.includes(permission);
}
