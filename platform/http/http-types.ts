import type { Context } from 'hono';

/** An active membership: the user's role in one partner agency at one site. */
export type Membership = {
  readonly id: string;
  readonly siteId: string;
  readonly partnerId: string;
  readonly roleId: string;
};

/** Who is calling: set by the authentication middleware, `null` for anonymous requests. */
export type AuthContext = {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly locale: string;
  /** How the request authenticated; only session (cookie) writes need a CSRF token. */
  readonly via: 'session' | 'token';
  readonly sessionId?: string;
  /** The membership chosen for this session (site and agency switch), if any. */
  readonly currentMembershipId?: string | null;
  /** API tokens are bound to one site. */
  readonly tokenSiteId?: string;
  readonly memberships: readonly Membership[];
};

/** Variables every request carries through the Hono context. */
export type AppVariables = {
  requestId: string;
  auth: AuthContext | null;
};

export type AppEnv = { Variables: AppVariables };

export type AppContext = Context<AppEnv>;
