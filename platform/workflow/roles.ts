import type { SiteBundle } from '../definitions/site-bundle.js';
import { type BlockReason, block } from './block-reason.js';

/** Whether `actorRole` is `role` or supervises it, directly or through roles it supervises. */
export function mayActFor(bundle: SiteBundle, actorRole: string, role: string): boolean {
  if (actorRole === role) return true;
  const supervises = new Map(bundle.site.roles.map((r) => [r.id, r.supervises ?? []]));
  const seen = new Set<string>([actorRole]);
  const queue = [actorRole];
  while (queue.length > 0) {
    for (const next of supervises.get(queue.shift() as string) ?? []) {
      if (next === role) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return false;
}

/** `role_not_allowed` unless the actor may act for `role`. */
export function roleBlocks(bundle: SiteBundle, actorRole: string, role: string): BlockReason[] {
  return mayActFor(bundle, actorRole, role) ? [] : [block('role_not_allowed', { actorRole, role })];
}
