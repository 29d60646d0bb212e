/** A membership to grant when a site is created. */
export type MembershipGrant = {
  readonly userId: string;
  readonly partnerId: string;
  readonly roleId: string;
};

/** A membership as site administrators see it, inactive ones included. */
export type SiteMembership = {
  readonly id: string;
  readonly partnerId: string;
  readonly roleId: string;
  readonly active: boolean;
};

/** A user with their memberships at one site. */
export type SiteUser = {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly locale: string;
  readonly active: boolean;
  readonly memberships: readonly SiteMembership[];
  /** Whether the user also has memberships at other sites (which a site admin does not manage). */
  readonly elsewhere: boolean;
};

/** A user account to create; the password arrives hashed. */
export type NewAccount = {
  readonly username: string;
  readonly displayName: string;
  readonly passwordHash: string;
  readonly locale: string;
};

/** Accounts and memberships as a site's administrators manage them. */
export type AccountStore = {
  siteUsers(siteId: string): Promise<SiteUser[]>;
  siteUser(siteId: string, userId: string): Promise<SiteUser | undefined>;
  /** The id of the user with this username (compared case-insensitively). */
  userIdByUsername(username: string): Promise<string | undefined>;
  /** Creates a user with memberships at one site; `conflict` when the username is taken. */
  createAccount(
    account: NewAccount,
    siteId: string,
    memberships: readonly Omit<MembershipGrant, 'userId'>[],
  ): Promise<string>;
  /** Grants a membership, or makes an inactive one active again. */
  grantMembership(siteId: string, grant: MembershipGrant): Promise<SiteMembership>;
  /** False when the site has no such membership. */
  setMembershipActive(siteId: string, membershipId: string, active: boolean): Promise<boolean>;
  setUserActive(userId: string, active: boolean): Promise<void>;
};
