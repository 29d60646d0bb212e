import type { ServiceDefinition } from '../../definitions/definition-types.generated.js';
import type { JsonValue } from '../../kernel/json.js';
import { languageName } from '../../kernel/language-name.js';
import { CATEGORY_TAXONOMY, RowTexts, withExtension } from './hsds-extension.js';
import { ACCESSIBILITY_PHRASES, type AccessibilityCode, categoryName } from './hsds-phrases.js';
import type { HsdsRow } from './hsds-tables.js';

/** The records of an HSDS document, table by table, as Pathway exports them. */
export type HsdsRecords = {
  organization: HsdsRow[];
  service: HsdsRow[];
  service_at_location: HsdsRow[];
  location: HsdsRow[];
  address: HsdsRow[];
  phone: HsdsRow[];
  language: HsdsRow[];
  accessibility: HsdsRow[];
  schedule: HsdsRow[];
  attribute: HsdsRow[];
  taxonomy_term: HsdsRow[];
};

/** What writing one service needs: the document's language, its record ids, and where records go. */
export type ServiceExport = {
  readonly language: string;
  readonly records: HsdsRecords;
  /** The record id for a path of names (`service/job-club/location/0`): the same path, the same id. */
  readonly idOf: (path: string) => string;
  readonly organizationId: string;
};

/** HSDS 3.0 has `active`, `inactive`, `defunct`, `temporarily closed`; a `gap` is nobody's service yet. */
const hsdsStatus = (status: ServiceDefinition['status']) =>
  status === 'inactive' || status === 'gap' ? 'inactive' : 'active';

function locationRecords(x: ServiceExport, service: ServiceDefinition, serviceId: string): void {
  (service.locations ?? []).forEach((place, i) => {
    const path = `service/${service.id}/location/${i}`;
    const locationId = x.idOf(path);
    const location: HsdsRow = {
      id: locationId,
      location_type: 'physical',
      organization_id: x.organizationId,
    };
    const names = new RowTexts(location, x.language);
    names.set('name', place.name);
    x.records.location.push(withExtension(location, { translations: names.collected() }));
    x.records.service_at_location.push({
      id: x.idOf(`${path}/at`),
      service_id: serviceId,
      location_id: locationId,
    });
    const { address, city, postalCode, district, country } = place;
    if ([address, city, postalCode, district, country].some((v) => v !== undefined)) {
      const row: HsdsRow = { id: x.idOf(`${path}/address`), location_id: locationId };
      const texts = new RowTexts(row, x.language);
      texts.set('address_1', address, true);
      texts.set('city', city, true);
      if (district !== undefined) row.region = district;
      Object.assign(row, { state_province: '', postal_code: postalCode ?? '', country: country ?? '' });
      row.address_type = 'physical';
      x.records.address.push(withExtension(row, { translations: texts.collected() }));
    }
    for (const code of place.accessibility ?? []) {
      const phrases: Readonly<Record<string, string>> =
        ACCESSIBILITY_PHRASES[code as AccessibilityCode] ?? {};
      x.records.accessibility.push(
        withExtension(
          {
            id: x.idOf(`${path}/accessibility/${code}`),
            location_id: locationId,
            description: phrases[x.language] ?? phrases.en ?? code,
          },
          { code },
        ),
      );
    }
  });
}

function categoryRecords(x: ServiceExport, service: ServiceDefinition, serviceId: string): void {
  for (const code of service.categories ?? []) {
    const termId = x.idOf(`category/${code}`);
    if (!x.records.taxonomy_term.some((t) => t.id === termId))
      x.records.taxonomy_term.push({
        id: termId,
        code,
        name: categoryName(code),
        description: `Pathway service category "${code}".`,
        taxonomy: CATEGORY_TAXONOMY,
        language: 'en',
      });
    x.records.attribute.push({
      id: x.idOf(`service/${service.id}/category/${code}`),
      link_id: serviceId,
      link_type: 'service_category',
      link_entity: 'service',
      taxonomy_term_id: termId,
    });
  }
}

/** Writes one service and its locations, phones, languages, schedule and categories into the records. */
export function serviceToHsds(x: ServiceExport, service: ServiceDefinition): void {
  const serviceId = x.idOf(`service/${service.id}`);
  const row: HsdsRow = { id: serviceId, organization_id: x.organizationId };
  const texts = new RowTexts(row, x.language);
  texts.set('name', service.name, true);
  texts.set('description', service.description, true);
  if (service.contact?.url !== undefined) row.url = service.contact.url;
  if (service.contact?.email !== undefined) row.email = service.contact.email;
  row.status = hsdsStatus(service.status);
  texts.set('fees_description', service.fees);
  texts.set('eligibility_description', service.eligibilityText);
  const ext: Record<string, JsonValue | undefined> = {
    id: service.id,
    translations: texts.collected(),
    eligibility: service.eligibility,
    capacity: service.capacity,
    duration: service.duration as JsonValue | undefined,
    referral: service.referral?.referral,
    status: service.status === 'gap' ? 'gap' : undefined,
    address: service.contact?.address,
  };
  x.records.service.push(withExtension(row, ext));
  if (service.contact?.phone !== undefined)
    x.records.phone.push({
      id: x.idOf(`service/${service.id}/phone`),
      service_id: serviceId,
      number: service.contact.phone,
    });
  for (const code of service.languages ?? [])
    x.records.language.push({
      id: x.idOf(`service/${service.id}/language/${code}`),
      service_id: serviceId,
      name: languageName(code, x.language),
      code,
    });
  if (service.schedule !== undefined) {
    const schedule: HsdsRow = { id: x.idOf(`service/${service.id}/schedule`), service_id: serviceId };
    const scheduleTexts = new RowTexts(schedule, x.language);
    scheduleTexts.set('description', service.schedule, true);
    x.records.schedule.push(withExtension(schedule, { translations: scheduleTexts.collected() }));
  }
  locationRecords(x, service, serviceId);
  categoryRecords(x, service, serviceId);
}
