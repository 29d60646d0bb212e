import type { ServiceDefinition } from '../../definitions/definition-types.generated.js';
import type { LocalizedText } from '../../kernel/localized-text.js';
import { normalizeName } from '../../kernel/normalize-name.js';
import {
  type DirectoryEntry,
  type DirectorySite,
  directoryEntry,
  type ServiceStatus,
} from './directory-entry.js';

/** What a caseworker searches the directory by; every given criterion must hold. */
export type DirectoryQuery = {
  /** Words found anywhere in the service (names, descriptions, who qualifies, provider, places), in any of the site's languages and scripts. */
  readonly text?: string;
  /** A language the service is delivered in: `sr` finds `sr-Latn` and `sr-Cyrl`, `sr-Latn` only itself. */
  readonly language?: string;
  /** Words found in one of its places: name, street, city, postal code or district. */
  readonly location?: string;
  /** The providing partner's id. */
  readonly partner?: string;
  readonly category?: string;
  /** Default: active services and gaps (inactive ones are hidden). */
  readonly status?: readonly ServiceStatus[];
};

const texts = (...values: (LocalizedText | string | undefined)[]): string[] =>
  values.flatMap((v) => (v === undefined ? [] : typeof v === 'string' ? [v] : Object.values(v)));

/** Every folded word of a query must be in the folded haystack (so `Parácin` finds `Параћин`). */
function matches(query: string, haystack: readonly string[]): boolean {
  const terms = normalizeName(query).split(' ').filter(Boolean);
  const text = ` ${haystack.map(normalizeName).join(' ')} `;
  return terms.every((t) => text.includes(` ${t}`));
}

function placesOf(service: ServiceDefinition): string[][] {
  return (service.locations ?? []).map((l) => texts(l.name, l.address, l.city, l.postalCode, l.district));
}

function everything(site: DirectorySite, service: ServiceDefinition): string[] {
  const { provider } = service;
  const providerName =
    'partner' in provider
      ? site.site.partners.find((p) => p.id === provider.partner)?.name
      : provider.organization.name;
  return [
    ...texts(service.id, service.name, service.description, service.eligibilityText, providerName),
    ...(service.categories ?? []).map((c) => c.replace(/[_-]/g, ' ')),
    ...placesOf(service).flat(),
  ];
}

function speaks(service: ServiceDefinition, language: string): boolean {
  const wanted = language.toLowerCase();
  return (service.languages ?? []).some((l) => {
    const tag = l.toLowerCase();
    return tag === wanted || (!wanted.includes('-') && tag.split('-')[0] === wanted);
  });
}

/** Whether a service meets every criterion of the query. */
export function meetsQuery(site: DirectorySite, service: ServiceDefinition, query: DirectoryQuery): boolean {
  const status = service.status ?? 'active';
  if (!(query.status ?? ['active', 'gap']).includes(status)) return false;
  if (
    query.partner !== undefined &&
    !('partner' in service.provider && service.provider.partner === query.partner)
  )
    return false;
  if (query.category !== undefined && !(service.categories ?? []).includes(query.category)) return false;
  if (query.language !== undefined && !speaks(service, query.language)) return false;
  const { location, text } = query;
  if (location !== undefined && !placesOf(service).some((place) => matches(location, place))) return false;
  return text === undefined || matches(text, everything(site, service));
}

/**
 * The services of a site's directory that meet the query, in `locale`, sorted by name in that
 * language. Pure: the directory is the published definitions, so searching needs no database.
 */
export function searchDirectory(
  site: DirectorySite,
  query: DirectoryQuery,
  locale: string,
): DirectoryEntry[] {
  const collator = new Intl.Collator(locale);
  return Object.values(site.services)
    .filter((s) => meetsQuery(site, s, query))
    .map((s) => directoryEntry(site, s, locale))
    .sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}
