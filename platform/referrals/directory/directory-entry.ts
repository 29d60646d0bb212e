import type { Duration, ServiceDefinition } from '../../definitions/definition-types.generated.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import type { JsonValue } from '../../kernel/json.js';
import { languageName } from '../../kernel/language-name.js';
import { type LocalizedText, localize } from '../../kernel/localized-text.js';
import { protocolOf } from '../eligible-services.js';

/** What the directory reads of a site. */
export type DirectorySite = Pick<SiteBundle, 'siteId' | 'site' | 'services' | 'referrals'>;

export type ServiceStatus = NonNullable<ServiceDefinition['status']>;

/** How to reach a provider or a service, in the reader's language. */
export type ContactView = {
  readonly phone: string | null;
  readonly email: string | null;
  readonly url: string | null;
  readonly address: string | null;
};

/** Who provides a service: a partner of the site (on the system or not), or an organisation outside it. */
export type ProviderView = {
  /** The partner's id; null for an organisation outside the partnership. */
  readonly partner: string | null;
  readonly name: string;
  /** Whether its staff answer referrals in Pathway (else referrals go by letter). */
  readonly onSystem: boolean;
  readonly contact: ContactView | null;
};

export type LocationView = {
  readonly name: string;
  readonly address: string | null;
  readonly city: string | null;
  readonly postalCode: string | null;
  readonly district: string | null;
  readonly country: string | null;
  readonly accessibility: readonly string[];
};

/** One service of the directory as a caseworker or partner reads it, in one language. */
export type DirectoryEntry = {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly provider: ProviderView;
  readonly categories: readonly string[];
  /** Who qualifies, in words (the rule is checked per case by screening). */
  readonly eligibilityText: string | null;
  /** Places per period and the usual wait: the waiting list as the directory knows it. */
  readonly capacity: {
    readonly places: number | null;
    readonly period: string | null;
    readonly waitingDays: number | null;
  } | null;
  readonly duration: Duration | null;
  readonly locations: readonly LocationView[];
  readonly languages: readonly { readonly code: string; readonly name: string }[];
  readonly contact: ContactView | null;
  readonly schedule: string | null;
  readonly fees: string | null;
  /** The referral protocol that reaches it; null when none (a gap, or signposting only). */
  readonly referral: string | null;
  readonly status: ServiceStatus;
};

/** An entry with what a detail page adds: the machine-readable eligibility condition and the protocol's name. */
export type DirectoryDetail = DirectoryEntry & {
  readonly eligibility: JsonValue | null;
  readonly referralName: string | null;
};

type Say = (text: LocalizedText | undefined) => string | null;

function contactView(say: Say, contact: ServiceDefinition['contact']): ContactView | null {
  if (contact === undefined) return null;
  const { phone, email, url, address } = contact;
  return { phone: phone ?? null, email: email ?? null, url: url ?? null, address: say(address) };
}

function providerView(site: DirectorySite, say: Say, service: ServiceDefinition): ProviderView {
  const { provider } = service;
  if ('partner' in provider) {
    const partner = site.site.partners.find((p) => p.id === provider.partner);
    return {
      partner: provider.partner,
      name: say(partner?.name) ?? provider.partner,
      onSystem: partner?.onSystem ?? true,
      contact: contactView(say, partner?.contact),
    };
  }
  const { name, contact } = provider.organization;
  return { partner: null, name: say(name) ?? '', onSystem: false, contact: contactView(say, contact) };
}

/** A service of the site's directory in `locale` (falling back to the site's default language, then English). */
export function directoryEntry(
  site: DirectorySite,
  service: ServiceDefinition,
  locale: string,
): DirectoryEntry {
  const fallbacks = [site.site.defaultLocale, 'en'];
  const say: Say = (text) => (text === undefined ? null : localize(text, locale, fallbacks));
  const { capacity } = service;
  return {
    id: service.id,
    name: say(service.name) ?? service.id,
    description: say(service.description) ?? '',
    provider: providerView(site, say, service),
    categories: service.categories ?? [],
    eligibilityText: say(service.eligibilityText),
    capacity:
      capacity === undefined
        ? null
        : {
            places: capacity.places ?? null,
            period: capacity.period ?? null,
            waitingDays: capacity.waitingDays ?? null,
          },
    duration: service.duration ?? null,
    locations: (service.locations ?? []).map((l) => ({
      name: say(l.name) ?? '',
      address: say(l.address),
      city: say(l.city),
      postalCode: l.postalCode ?? null,
      district: l.district ?? null,
      country: l.country ?? null,
      accessibility: l.accessibility ?? [],
    })),
    languages: (service.languages ?? []).map((code) => ({ code, name: languageName(code, locale) })),
    contact: contactView(say, service.contact),
    schedule: say(service.schedule),
    fees: say(service.fees),
    referral: (service.status ?? 'active') === 'gap' ? null : protocolOf(site, service),
    status: service.status ?? 'active',
  };
}

/** The detail of one service: its entry, its eligibility condition and the name of the protocol reaching it. */
export function directoryDetail(
  site: DirectorySite,
  service: ServiceDefinition,
  locale: string,
): DirectoryDetail {
  const entry = directoryEntry(site, service, locale);
  const protocol = entry.referral === null ? undefined : site.referrals[entry.referral];
  return {
    ...entry,
    eligibility: (service.eligibility as JsonValue | undefined) ?? null,
    referralName:
      protocol === undefined ? null : localize(protocol.name, locale, [site.site.defaultLocale, 'en']),
  };
}
