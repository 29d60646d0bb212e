import type { Partner, SiteDefinition } from '../../definitions/definition-types.generated.js';
import type { JsonObject } from '../../kernel/json.js';
import { normalizeName } from '../../kernel/normalize-name.js';
import { extensionOf, localizedField } from './hsds-extension.js';
import type { HsdsImportLog } from './hsds-import-log.js';
import { type HsdsRow, type IndexedRow, text } from './hsds-tables.js';

/** What reading records needs: the upload, the site (for its partners) and the document's language. */
export type ImportScope = {
  readonly log: HsdsImportLog;
  readonly site: SiteDefinition;
  readonly language: string;
};

/** The partner an organization is: named in the extension, by id, or by name in any of its languages. */
function partnerOf(site: SiteDefinition, row: HsdsRow, language: string): Partner | undefined {
  const named = extensionOf(row).partner;
  const byExtension = site.partners.find((p) => p.id === named);
  if (byExtension !== undefined) return byExtension;
  const byId = site.partners.find((p) => p.id === text(row, 'id'));
  if (byId !== undefined) return byId;
  const names = new Set(Object.values(localizedField(row, 'name', language) ?? {}).map(normalizeName));
  return site.partners.find((p) => Object.values(p.name).some((n) => names.has(normalizeName(n))));
}

const firstPhone = (s: ImportScope, organizationId: string) =>
  s.log.under('phone', 'organization_id', organizationId);

/** Notes where the upload's details of a partner differ from the site definition's (which are kept). */
function compareWithPartner(s: ImportScope, entry: IndexedRow, partner: Partner): void {
  const { row } = entry;
  const phones = firstPhone(s, text(row, 'id') ?? '');
  const pairs: [string, string | undefined, string | undefined][] = [
    ['name', text(row, 'name'), partner.name[s.language]],
    ['description', text(row, 'description'), partner.description?.[s.language]],
    ['email', text(row, 'email'), partner.contact?.email],
    ['website', text(row, 'website'), partner.contact?.url],
    ['phone', phones[0] ? text(phones[0].row, 'number') : undefined, partner.contact?.phone],
  ];
  const differ = pairs.filter(([, a, b]) => a !== undefined && a !== b).map(([f]) => f);
  if (differ.length > 0)
    s.log.add({
      code: 'partner_differs',
      pointer: entry.pointer,
      message: `Organization "${text(row, 'name')}" is partner "${partner.id}"; the site definition's details of it are kept and differ in: ${differ.join(', ')}.`,
    });
}

/**
 * The provider of an imported service: the site's partner when the organization is one (by the
 * extension's `partner`, its id, or its name), else an organisation outside the partnership with
 * its name and contact — an off-system provider, which referrals reach by letter.
 */
export function providerFromHsds(s: ImportScope, organizationId: string | undefined): JsonObject | undefined {
  const entry = s.log.byId('organization', organizationId);
  if (entry === undefined || organizationId === undefined) return undefined;
  const { row } = entry;
  const phones = firstPhone(s, organizationId);
  const partner = partnerOf(s.site, row, s.language);
  if (partner !== undefined) {
    s.log.use(entry, 'organization', ['id', 'name', 'description', 'email', 'website']);
    phones.forEach((p) => s.log.use(p, 'phone'));
    compareWithPartner(s, entry, partner);
    return { partner: partner.id };
  }
  s.log.use(entry, 'organization', ['id', 'name', 'email', 'website']);
  const contact: JsonObject = {};
  const [phone, ...more] = phones;
  if (phone !== undefined) {
    s.log.use(phone, 'phone');
    const number = text(phone.row, 'number');
    if (number !== undefined) contact.phone = number;
  }
  more.forEach((p) => s.log.notHeld('phone', p.pointer, 'Pathway holds one phone per organization.'));
  const email = text(row, 'email');
  const website = text(row, 'website');
  if (email !== undefined) contact.email = email;
  if (website !== undefined) contact.url = website;
  const address = extensionOf(row).address;
  if (address !== undefined) contact.address = address;
  const name = localizedField(row, 'name', s.language) ?? {};
  s.log.add({
    code: 'not_a_partner',
    pointer: entry.pointer,
    message: `Organization "${text(row, 'name')}" is not a partner of the site: its services are listed as provided outside the partnership (referrals to them are off-system, by letter).`,
  });
  return { organization: Object.keys(contact).length > 0 ? { name, contact } : { name } };
}
