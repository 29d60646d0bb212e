import type { JsonObject } from '../../kernel/json.js';
import { extensionOf, localizedField } from './hsds-extension.js';
import { ACCESSIBILITY_PHRASES, accessibilityCode } from './hsds-phrases.js';
import { type IndexedRow, text } from './hsds-tables.js';
import type { ImportScope } from './provider-from-hsds.js';

/** The address Pathway keeps of a location: its physical one, else the first. */
function addressOf(s: ImportScope, locationId: string): JsonObject {
  const addresses = s.log.under('address', 'location_id', locationId);
  const chosen = addresses.find((a) => text(a.row, 'address_type') === 'physical') ?? addresses[0];
  for (const other of addresses)
    if (other !== chosen) s.log.notHeld('address', other.pointer, 'Pathway holds one address per location.');
  if (chosen === undefined) return {};
  s.log.use(chosen, 'address');
  const { row } = chosen;
  const out: JsonObject = {};
  const street = localizedField(row, 'address_1', s.language);
  const city = localizedField(row, 'city', s.language);
  if (street !== undefined) out.address = street;
  if (city !== undefined) out.city = city;
  const postalCode = text(row, 'postal_code');
  const region = text(row, 'region');
  const country = text(row, 'country')?.toUpperCase();
  if (postalCode !== undefined) out.postalCode = postalCode;
  if (region !== undefined) out.district = region;
  if (country !== undefined && /^[A-Z]{2}$/.test(country)) out.country = country;
  else if (country !== undefined)
    s.log.notHeld(
      'address.country',
      `${chosen.pointer}/country`,
      'Pathway holds ISO 3166-1 alpha-2 codes only.',
    );
  return out;
}

/** Pathway's accessibility codes of a location, from the extension's code or the description's words. */
function accessibilityOf(s: ImportScope, locationId: string, service: string): string[] {
  const codes: string[] = [];
  for (const entry of s.log.under('accessibility', 'location_id', locationId)) {
    const declared = extensionOf(entry.row).code;
    const description = text(entry.row, 'description') ?? '';
    const code =
      typeof declared === 'string' && declared in ACCESSIBILITY_PHRASES
        ? declared
        : accessibilityCode(description);
    if (code === undefined) {
      s.log.use(entry, 'accessibility', ['id', 'location_id']);
      s.log.notHeld(
        'accessibility.description',
        `${entry.pointer}/description`,
        'no accessibility feature Pathway knows.',
      );
      continue;
    }
    s.log.use(entry, 'accessibility');
    const phrases: Readonly<Record<string, string>> =
      ACCESSIBILITY_PHRASES[code as keyof typeof ACCESSIBILITY_PHRASES];
    if (typeof declared !== 'string' && !Object.values(phrases).includes(description))
      s.log.add({
        code: 'mapped',
        service,
        pointer: `${entry.pointer}/description`,
        message: `Accessibility "${description}" read as "${code}".`,
      });
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

function locationOf(s: ImportScope, entry: IndexedRow, service: string): JsonObject {
  s.log.use(entry, 'location');
  const locationId = text(entry.row, 'id') ?? '';
  const address = addressOf(s, locationId);
  const name = localizedField(entry.row, 'name', s.language) ?? (address.address as JsonObject | undefined);
  if (text(entry.row, 'name') === undefined)
    s.log.add({
      code: name === undefined ? 'missing' : 'mapped',
      service,
      pointer: `${entry.pointer}/name`,
      message:
        name === undefined
          ? 'A location has neither a name nor an address.'
          : 'A location without a name is named by its address.',
    });
  const accessibility = accessibilityOf(s, locationId, service);
  return {
    ...(name !== undefined ? { name } : {}),
    ...address,
    ...(accessibility.length > 0 ? { accessibility } : {}),
  };
}

/** The locations of a service, from its `service_at_location` records in document order. */
export function locationsFromHsds(s: ImportScope, serviceHsdsId: string, service: string): JsonObject[] {
  const out: JsonObject[] = [];
  for (const link of s.log.under('service_at_location', 'service_id', serviceHsdsId)) {
    s.log.use(link, 'service_at_location');
    const entry = s.log.byId('location', text(link.row, 'location_id'));
    if (entry !== undefined) out.push(locationOf(s, entry, service));
  }
  return out;
}
