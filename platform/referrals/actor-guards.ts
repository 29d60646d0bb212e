import type { Permission, ReferralDefinition } from '../definitions/definition-types.generated.js';
import type { Referral, ReferralParty } from './referral.js';
import { block, type ReferralBlock } from './referral-block.js';
import type { ReferralActor, ReferralContext } from './referral-context.js';

/** A role the actor holds must exist in the site and be one staff of the actor's partner may hold. */
function roleBlocks(ctx: ReferralContext, actor: ReferralActor): ReferralBlock[] {
  const role = ctx.bundle.site.roles.find((r) => r.id === actor.roleId);
  const partners = role?.partners ?? [];
  if (role === undefined || (partners.length > 0 && !partners.includes(actor.partnerId)))
    return [block('role_not_allowed', { role: actor.roleId, partner: actor.partnerId })];
  return [];
}

function permissionBlocks(actor: ReferralActor, permission: Permission): ReferralBlock[] {
  return actor.permissions.has(permission)
    ? []
    : [block('role_not_allowed', { role: actor.roleId, permission })];
}

/**
 * Sender-side events: the actor's agency is one of `protocol.from.partners` (and, once created,
 * the referral's sending agency), the role is one of `from.roles` when listed, and it holds
 * `referral.send`.
 */
export function senderBlocks(
  ctx: ReferralContext,
  protocol: ReferralDefinition,
  referral: Referral | null,
): ReferralBlock[] {
  const { actor } = ctx;
  if (actor === null) return [block('actor_required')];
  const blocks = roleBlocks(ctx, actor);
  if (!protocol.from.partners.includes(actor.partnerId))
    blocks.push(block('wrong_agency', { partner: actor.partnerId, allowed: [...protocol.from.partners] }));
  else if (referral !== null && referral.sender.partnerId !== actor.partnerId)
    blocks.push(block('wrong_agency', { partner: actor.partnerId, allowed: [referral.sender.partnerId] }));
  const roles = protocol.from.roles;
  if (roles !== undefined && !roles.includes(actor.roleId))
    blocks.push(block('role_not_allowed', { role: actor.roleId, allowed: [...roles] }));
  return blocks.length > 0 ? blocks : permissionBlocks(actor, 'referral.send');
}

/**
 * Receiver-side events: the receiver is a partner on the system, the actor works there, and the
 * role holds `permission` (`referral.respond` to answer, `referral.deliver` to provide the service).
 */
export function receiverBlocks(
  ctx: ReferralContext,
  referral: Referral,
  permission: Permission,
): ReferralBlock[] {
  const { actor } = ctx;
  if (actor === null) return [block('actor_required')];
  const { receiver } = referral;
  if (receiver.kind !== 'partner' || !receiver.onSystem) return [block('receiver_off_system')];
  if (actor.partnerId !== receiver.partnerId)
    return [block('wrong_agency', { partner: actor.partnerId, allowed: [receiver.partnerId] })];
  const blocks = roleBlocks(ctx, actor);
  return blocks.length > 0 ? blocks : permissionBlocks(actor, permission);
}

/** The acting party as recorded in history and effects. */
export function partyOf(actor: ReferralActor): ReferralParty {
  return { partnerId: actor.partnerId, role: actor.roleId, userId: actor.userId };
}
