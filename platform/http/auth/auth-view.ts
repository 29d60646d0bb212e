import type { AuthContext, Membership } from '../http-types.js';

/** The body of `POST /login`, `GET /me`, `PUT /context` and `PUT /locale`. */
export type AuthView = {
  readonly user: {
    readonly id: string;
    readonly username: string;
    readonly displayName: string;
    readonly locale: string;
  };
  readonly memberships: readonly Membership[];
  /** Echo it in `x-csrf-token` on writes; `null` for API-token callers, who need none. */
  readonly csrfToken: string | null;
  readonly currentMembershipId: string | null;
};

export function authView(auth: AuthContext, csrfToken: string | null): AuthView {
  return {
    user: { id: auth.userId, username: auth.username, displayName: auth.displayName, locale: auth.locale },
    memberships: auth.memberships.map(({ id, siteId, partnerId, roleId }) => ({
      id,
      siteId,
      partnerId,
      roleId,
    })),
    csrfToken,
    currentMembershipId: auth.currentMembershipId ?? null,
  };
}
