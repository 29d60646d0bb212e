import type { Contact, ServiceDefinition } from '../../definitions/definition-types.generated.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { canonicalJson } from '../../kernel/canonical-json.js';
import type { JsonObject } from '../../kernel/json.js';
import type { LocalizedText } from '../../kernel/localized-text.js';
import { nameUuid } from '../../kernel/name-uuid.js';
import { normalizeName } from '../../kernel/normalize-name.js';
import { EXTENSION_VERSION, HSDS_NAMESPACE, RowTexts, withExtension } from './hsds-extension.js';
import type { HsdsRow } from './hsds-tables.js';
import { type HsdsRecords, serviceToHsds } from './service-to-hsds.js';

/** What an export reads of a site: its id, its site definition (partners, locales) and its services. */
export type DirectorySource = Pick<SiteBundle, 'siteId' | 'site' | 'services'>;

/** A site's directory as an HSDS 3.0 document in the tabular JSON form, with Pathway's extension. */
export type HsdsDirectory = HsdsRecords & {
  readonly pathway: JsonObject;
};

type Organization = { readonly partner?: string; readonly name: LocalizedText; readonly contact?: Contact };

function organizationRow(
  records: HsdsRecords,
  id: string,
  org: Organization & { description?: LocalizedText },
  language: string,
  idOf: (path: string) => string,
): void {
  const row: HsdsRow = { id };
  const texts = new RowTexts(row, language);
  texts.set('name', org.name, true);
  texts.set('description', org.description, true);
  if (org.contact?.email !== undefined) row.email = org.contact.email;
  if (org.contact?.url !== undefined) row.website = org.contact.url;
  records.organization.push(
    withExtension(row, {
      partner: org.partner,
      translations: texts.collected(),
      address: org.contact?.address,
    }),
  );
  if (org.contact?.phone !== undefined)
    records.phone.push({
      id: idOf(`organization/${id}/phone`),
      organization_id: id,
      number: org.contact.phone,
    });
}

/** The provider of a service as an organization: the partner's details, or the outside organisation's. */
function providerOf(
  source: DirectorySource,
  service: ServiceDefinition,
): Organization & { key: string; path: string } {
  const { provider } = service;
  if ('partner' in provider) {
    const partner = source.site.partners.find((p) => p.id === provider.partner);
    const path = `partner/${provider.partner}`;
    return {
      ...partner,
      partner: provider.partner,
      name: partner?.name ?? { en: provider.partner },
      key: path,
      path,
    };
  }
  const { name, contact } = provider.organization;
  const path = `organization/${normalizeName(Object.values(name)[0] ?? '')}`;
  return { name, ...(contact ? { contact } : {}), key: canonicalJson(provider.organization), path };
}

/**
 * The site's directory as one HSDS 3.0 document (tabular JSON): an organization per provider (a
 * partner with the site's details of it, or an outside organisation), each service with its
 * locations, addresses, accessibility, phone, languages, schedule and categories. Text fields are
 * in `language`; the other locales and what HSDS has no field for (the eligibility rule, capacity,
 * duration, referral protocol, the Pathway id) are in each record's `pathway` extension. Record
 * ids are name-based UUIDs, the same at every export.
 */
export function directoryToHsds(
  source: DirectorySource,
  language = source.site.defaultLocale,
): HsdsDirectory {
  const idOf = (path: string) => nameUuid(HSDS_NAMESPACE, `${source.siteId}/${path}`);
  const records: HsdsRecords = {
    organization: [],
    service: [],
    service_at_location: [],
    location: [],
    address: [],
    phone: [],
    language: [],
    accessibility: [],
    schedule: [],
    attribute: [],
    taxonomy_term: [],
  };
  const organizations = new Map<string, string>();
  for (const service of Object.values(source.services)) {
    const provider = providerOf(source, service);
    let organizationId = organizations.get(provider.key);
    if (organizationId === undefined) {
      organizationId = idOf(provider.path);
      const taken = new Set(organizations.values());
      for (let n = 2; taken.has(organizationId); n++) organizationId = idOf(`${provider.path}/${n}`);
      organizations.set(provider.key, organizationId);
      organizationRow(records, organizationId, provider, language, idOf);
    }
    serviceToHsds({ language, records, idOf, organizationId }, service);
  }
  return {
    ...records,
    pathway: {
      version: EXTENSION_VERSION,
      site: source.siteId,
      language,
      locales: [...source.site.locales],
    },
  };
}
