import type { SiteBundle } from '../definitions/site-bundle.js';
import { PlatformError } from '../kernel/errors.js';
import type { Actor } from './actor.js';

/**
 * Emergency ("break-the-glass") access: a worker whose role has `break_glass` and `case.read` may
 * read a case outside their scope — never write to it — for a limited time, giving a reason. The
 * grant is recorded in the case history and the client's disclosure log.
 */
export type EmergencyGrant = {
  readonly id: string;
  readonly siteId: string;
  readonly caseId: string;
  readonly userId: string;
  /** The agency the user acted for. */
  readonly partnerId: string;
  readonly reason: string;
  readonly grantedAt: Date;
  readonly expiresAt: Date;
};

/** How an actor reaches a case: as its staff (read and work), or by emergency access (read only). */
export type CaseAccess = 'staff' | 'emergency';

/** The site setting that sets how long emergency access lasts, in hours (`unit: "hours"`). */
export const EMERGENCY_HOURS_SETTING = 'break_glass_hours';

/** Hours of emergency access when the site does not say: an assumption, one working shift. */
export const DEFAULT_EMERGENCY_HOURS = 8;

/** The shortest reason accepted, in characters after trimming: a sentence, not "urgent". */
export const MIN_REASON_LENGTH = 10;

/** Whether the actor's role may obtain emergency access to cases. */
export function mayBreakGlass(actor: Actor): boolean {
  return actor.permissions.has('break_glass') && actor.permissions.has('case.read');
}

/** Throws 403 unless the actor's role may obtain emergency access. */
export function requireBreakGlass(actor: Actor): void {
  if (!mayBreakGlass(actor))
    throw new PlatformError(
      'forbidden',
      `Your role (${actor.roleId}) may not obtain emergency access (break_glass).`,
    );
}

/** Whether a grant still gives access at `at` (it runs out at `expiresAt`, exclusive). */
export function grantIsValid(grant: Pick<EmergencyGrant, 'expiresAt'>, at: Date): boolean {
  return grant.expiresAt.getTime() > at.getTime();
}

/**
 * How long emergency access lasts at a site: its `break_glass_hours` setting when it is a
 * positive number (at most a week), else {@link DEFAULT_EMERGENCY_HOURS}.
 */
export function emergencyHours(bundle: SiteBundle): number {
  const value = bundle.site.settings?.[EMERGENCY_HOURS_SETTING]?.value;
  return typeof value === 'number' && value > 0 && value <= 24 * 7 ? value : DEFAULT_EMERGENCY_HOURS;
}

/** When a grant made at `at` runs out. */
export function emergencyExpiry(bundle: SiteBundle, at: Date): Date {
  return new Date(at.getTime() + emergencyHours(bundle) * 3_600_000);
}

/** The reason as given, trimmed; a 422 at `/reason` when it is missing or too short to mean anything. */
export function emergencyReason(value: unknown): string {
  const reason = typeof value === 'string' ? value.trim() : '';
  if (reason.length >= MIN_REASON_LENGTH) return reason;
  const message =
    reason === ''
      ? 'Say why you need emergency access to this case.'
      : `Say why in at least ${MIN_REASON_LENGTH} characters.`;
  throw new PlatformError('validation_failed', message, {
    fields: [{ pointer: '/reason', code: reason === '' ? 'required' : 'minLength', message }],
  });
}

/** Throws 403 when the actor reaches the case by emergency access only: it is read-only. */
export function requireStaffAccess(access: CaseAccess): void {
  if (access === 'emergency')
    throw new PlatformError('forbidden', 'Emergency access is read-only: this case cannot be changed.');
}

/** Whose running grants widen what an actor reads, for the storage layer to apply in SQL. */
export type EmergencyScope = { readonly userId: string; readonly at: string };

/** The actor's emergency scope at `at` (the request's clock), or null when their role cannot break the glass. */
export function emergencyScope(actor: Actor, at: Date): EmergencyScope | null {
  return mayBreakGlass(actor) ? { userId: actor.userId, at: at.toISOString() } : null;
}
