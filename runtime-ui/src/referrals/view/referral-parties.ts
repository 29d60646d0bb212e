import type { SiteBundle } from '../../../../platform/definitions/site-bundle.js';
import type { LocalizedText } from '../../../../platform/kernel/localized-text.js';
import type { SharedView } from '../referral-api-types.js';

type Localize = (text: LocalizedText | string | undefined) => string;

/** A partner of the site by its name in the user's language (its id when the site does not know it). */
export function partnerName(bundle: SiteBundle, partnerId: string | null, l: Localize): string {
  if (partnerId === null) return '';
  const partner = bundle.site.partners?.find((p) => p.id === partnerId);
  return (partner && l(partner.name)) || partnerId;
}

/** Who receives: a partner of the site, or the provider of a directory service outside it. */
export function receiverName(
  bundle: SiteBundle,
  receiver: { readonly partnerId: string | null; readonly serviceId: string | null },
  l: Localize,
): string {
  if (receiver.partnerId !== null) return partnerName(bundle, receiver.partnerId, l);
  if (receiver.serviceId === null) return '';
  const service = bundle.services[receiver.serviceId];
  return (service && l(service.name)) || receiver.serviceId;
}

/**
 * The client's name as the snapshot carries it: the registration form's name fields the protocol
 * shares, in the site's order. Empty when the protocol shares no name.
 */
export function clientNameOf(bundle: SiteBundle, shared: SharedView | null): string {
  const registration = bundle.site.registration;
  if (registration === undefined || shared === null) return '';
  const form = registration.form.form;
  return registration.nameFields
    .map((path) => shared.fields.find((f) => f.form === form && f.path === path)?.value)
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
    .join(' ');
}

/**
 * The forms of a snapshot in the protocol's order (as the draft showed them before sending), not
 * in the order the database hands their keys back; forms the protocol no longer lists come last.
 */
export function sharedFormsInOrder(
  bundle: SiteBundle,
  protocolId: string,
  formIds: readonly string[],
): string[] {
  const order = [...new Set((bundle.referrals[protocolId]?.shared ?? []).map((s) => s.form))];
  const rank = (formId: string) => {
    const i = order.indexOf(formId);
    return i === -1 ? order.length : i;
  };
  return [...formIds].sort((a, b) => rank(a) - rank(b));
}
