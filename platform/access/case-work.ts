import { PlatformError } from '../kernel/errors.js';
import type { Actor } from './actor.js';

/**
 * Whether the actor's role works with cases at all: it reads cases, or it answers or delivers
 * referrals addressed to its agency. Roles that do neither — boards, M&E analysts, donors — see
 * counts, never persons: work queues and referrals are closed to them like every case.
 */
export function doesCaseWork(actor: Actor): boolean {
  const { permissions } = actor;
  return (
    permissions.has('case.read') || permissions.has('referral.respond') || permissions.has('referral.deliver')
  );
}

/** Throws 403 unless the actor's role works with cases (see {@link doesCaseWork}). */
export function requireCaseWork(actor: Actor): void {
  if (!doesCaseWork(actor))
    throw new PlatformError(
      'forbidden',
      `Your role (${actor.roleId}) does not work with cases or referrals.`,
    );
}
