import type { Actor } from './actor.js';

/**
 * Which cases an actor reaches, as a filter the storage layer turns into SQL: lists and searches
 * are filtered in the database, never after fetching.
 *
 * Besides their role's scope, a user reaches the cases whose team they are on. A member from
 * another partner (joint casework) is on the team only while the client's consent that admitted
 * them holds — hence `at`, the moment of the request (the operation's clock, never the
 * database's), at which time-boxed access is judged.
 */
export type CaseScope =
  | { readonly kind: 'site' }
  | { readonly kind: 'agency'; readonly partnerId: string; readonly userId: string; readonly at: string }
  | { readonly kind: 'own'; readonly userId: string; readonly partnerId: string; readonly at: string }
  | { readonly kind: 'none' };

export function caseScope(actor: Actor, at: Date): CaseScope {
  if (!actor.permissions.has('case.read')) return { kind: 'none' };
  const { userId, partnerId } = actor;
  switch (actor.role.scope) {
    case 'site':
      return { kind: 'site' };
    case 'agency':
      return { kind: 'agency', partnerId, userId, at: at.toISOString() };
    case 'own':
      return { kind: 'own', userId, partnerId, at: at.toISOString() };
    default:
      return { kind: 'none' };
  }
}

/** The facts of a case that decide whether an actor may see it. */
export type CaseAccessFacts = {
  readonly agency: string;
  readonly ownerUserId: string | null;
  /** The team members in force at the scope's moment (see {@link CaseScope}). */
  readonly teamUserIds: readonly string[];
};

/** Whether a case is within the actor's scope (the same rule `caseScope` expresses in SQL). */
export function caseInScope(scope: CaseScope, facts: CaseAccessFacts): boolean {
  switch (scope.kind) {
    case 'site':
      return true;
    case 'agency':
      return facts.agency === scope.partnerId || facts.teamUserIds.includes(scope.userId);
    case 'own':
      return facts.ownerUserId === scope.userId || facts.teamUserIds.includes(scope.userId);
    case 'none':
      return false;
  }
}
