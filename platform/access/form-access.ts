import type { AccessLevel } from '../definitions/definition-types.generated.js';
import type { Actor } from './actor.js';

const RANK: Record<AccessLevel, number> = { none: 0, read: 1, write: 2 };

/** The actor's access to a form: the role's per-form setting, else its default, else none. */
export function formAccessLevel(actor: Actor, formId: string): AccessLevel {
  const access = actor.role.formAccess;
  if (access === undefined) return 'none';
  return access.forms?.[formId] ?? access.default;
}

export function canAccessForm(actor: Actor, formId: string, needed: AccessLevel): boolean {
  return RANK[formAccessLevel(actor, formId)] >= RANK[needed];
}
