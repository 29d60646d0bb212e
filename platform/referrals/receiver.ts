import type { ReferralDefinition } from '../definitions/definition-types.generated.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import type { LocalizedText } from '../kernel/localized-text.js';
import type { ReferralReceiver } from './referral.js';

const SERVICE_PREFIX = 'service:';

/**
 * The receiver of a protocol: its `to` partner, or the provider of its `to` service — a partner,
 * or an organisation outside the partnership. Partners are on the system unless `onSystem: false`.
 */
export function receiverOf(bundle: SiteBundle, protocol: ReferralDefinition): ReferralReceiver | undefined {
  let partnerId: string;
  if ('partner' in protocol.to) partnerId = protocol.to.partner;
  else {
    const service = bundle.services[protocol.to.service];
    if (service === undefined) return undefined;
    if (!('partner' in service.provider))
      return { kind: 'organization', serviceId: service.id, onSystem: false };
    partnerId = service.provider.partner;
  }
  const partner = bundle.site.partners.find((p) => p.id === partnerId);
  return partner && { kind: 'partner', partnerId, onSystem: partner.onSystem !== false };
}

/**
 * The id consent records and disclosure entries use for a receiver: the partner id, or
 * `service:<id>` for an organisation outside the partnership (it has no partner id).
 */
export function receiverKey(receiver: ReferralReceiver): string {
  return receiver.kind === 'partner' ? receiver.partnerId : `${SERVICE_PREFIX}${receiver.serviceId}`;
}

/** Whether `key` names a partner, or a directory service provided by an outside organisation. */
export function isRecipientKey(bundle: SiteBundle, key: string): boolean {
  if (!key.startsWith(SERVICE_PREFIX)) return bundle.site.partners.some((p) => p.id === key);
  const service = bundle.services[key.slice(SERVICE_PREFIX.length)];
  return service !== undefined && 'organization' in service.provider;
}

/** The localized name of a recipient key (partner name or organisation name). */
export function recipientName(bundle: SiteBundle, key: string): LocalizedText | undefined {
  if (!key.startsWith(SERVICE_PREFIX)) return bundle.site.partners.find((p) => p.id === key)?.name;
  const provider = bundle.services[key.slice(SERVICE_PREFIX.length)]?.provider;
  return provider && 'organization' in provider ? provider.organization.name : undefined;
}
