import type { Actor } from './actor.js';

/**
 * Which cases an actor reaches, as a filter the storage layer turns into SQL: lists and searches
 * are filtered in the database, never after fetching.
 */
export type CaseScope =
  | { readonly kind: 'site' }
  | { readonly kind: 'agency'; readonly partnerId: string }
  | { readonly kind: 'own'; readonly userId: string; readonly partnerId: string }
  | { readonly kind: 'none' };

export function caseScope(actor: Actor): CaseScope {
  if (!actor.permissions.has('case.read')) return { kind: 'none' };
  switch (actor.role.scope) {
    case 'site':
      return { kind: 'site' };
    case 'agency':
      return { kind: 'agency', partnerId: actor.partnerId };
    case 'own':
      return { kind: 'own', userId: actor.userId, partnerId: actor.partnerId };
    default:
      return { kind: 'none' };
  }
}

/** The facts of a case that decide whether an actor may see it. */
export type CaseAccessFacts = {
  readonly agency: string;
  readonly ownerUserId: string | null;
  readonly teamUserIds: readonly string[];
};

/** Whether a case is within the actor's scope (the same rule `caseScope` expresses in SQL). */
export function caseInScope(scope: CaseScope, facts: CaseAccessFacts): boolean {
  switch (scope.kind) {
    case 'site':
      return true;
    case 'agency':
      return facts.agency === scope.partnerId;
    case 'own':
      return facts.ownerUserId === scope.userId || facts.teamUserIds.includes(scope.userId);
    case 'none':
      return false;
  }
}
