import type { Actor } from './actor.js';

/**
 * Which registered persons an actor may find and read, as a filter the storage layer turns into
 * SQL. The registry is shared by the partnership, but a worker sees the clients of their own
 * work: `site` — everyone; `agency` — persons with a case at the agency or registered by its
 * staff; `own` — persons they registered or whose case they own. Either also reaches the
 * clients whose case team they are on (a member from another partner only while the consent that
 * admitted them holds at `at`, see `case-scope.ts`). Receiving agencies see a referred client
 * only through the referral's shared snapshot.
 */
export type PersonScope =
  | { readonly kind: 'site' }
  | { readonly kind: 'agency'; readonly partnerId: string; readonly userId: string; readonly at: string }
  | { readonly kind: 'own'; readonly userId: string; readonly at: string }
  | { readonly kind: 'none' };

export function personScope(actor: Actor, at: Date): PersonScope {
  if (!actor.permissions.has('person.read')) return { kind: 'none' };
  switch (actor.role.scope) {
    case 'site':
      return { kind: 'site' };
    case 'agency':
      return { kind: 'agency', partnerId: actor.partnerId, userId: actor.userId, at: at.toISOString() };
    case 'own':
      return { kind: 'own', userId: actor.userId, at: at.toISOString() };
    default:
      return { kind: 'none' };
  }
}
