import { describe, expect, it } from 'vitest';
import { directoryResolver } from '../../../test/support/hsds-fixtures.js';
import { checkSite } from '../../definitions/check-site.js';
import type { ServiceDefinition } from '../../definitions/definition-types.generated.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { UUID_PATTERN } from '../../kernel/ids.js';
import { fxReferrals } from '../referral-test-kit.js';
import { directoryToHsds } from './directory-to-hsds.js';
import { CATEGORY_TAXONOMY } from './hsds-extension.js';
import type { HsdsRow } from './hsds-tables.js';

const bundle = checkSite('fx-directory', directoryResolver()).bundle as SiteBundle;

/** Fields HSDS 3.0 requires of each record of the tables Pathway writes. */
const REQUIRED: Record<string, string[]> = {
  organization: ['id', 'name', 'description'],
  service: ['id', 'name', 'status'],
  service_at_location: ['id'],
  location: ['id', 'location_type'],
  address: ['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
  phone: ['id', 'number'],
  language: ['id'],
  accessibility: ['id'],
  schedule: ['id'],
  attribute: ['id'],
  taxonomy_term: ['id', 'name', 'description'],
};

const REFERENCES: [table: string, field: string, target: string][] = [
  ['service', 'organization_id', 'organization'],
  ['location', 'organization_id', 'organization'],
  ['service_at_location', 'service_id', 'service'],
  ['service_at_location', 'location_id', 'location'],
  ['address', 'location_id', 'location'],
  ['accessibility', 'location_id', 'location'],
  ['language', 'service_id', 'service'],
  ['schedule', 'service_id', 'service'],
  ['attribute', 'link_id', 'service'],
  ['attribute', 'taxonomy_term_id', 'taxonomy_term'],
];

describe('a site directory as HSDS 3.0 tabular JSON', () => {
  const document = directoryToHsds(bundle, 'fr') as unknown as Record<string, HsdsRow[]>;

  it('has every field HSDS requires, UUIDs for ids, and keys that name records of the document', () => {
    for (const [table, fields] of Object.entries(REQUIRED))
      for (const row of document[table] ?? []) {
        for (const field of fields) expect(row[field], `${table}.${field}`).toBeTypeOf('string');
        expect(row.id).toMatch(UUID_PATTERN);
      }
    for (const [table, field, target] of REFERENCES)
      for (const row of document[table] ?? [])
        expect(
          (document[target] ?? []).some((t) => t.id === row[field]),
          `${table}.${field}`,
        ).toBe(true);
  });

  it('names records the same way at every export', () => {
    expect(directoryToHsds(bundle, 'fr')).toEqual(document);
    expect(directoryToHsds(bundle, 'en').service?.map((s) => s.id)).toEqual(
      document.service?.map((s) => s.id),
    );
  });

  it('writes texts in the document language and the other locales, rule, capacity and protocol in the extension', () => {
    const [club] = document.service ?? [];
    expect(club).toMatchObject({
      name: "Club de recherche d'emploi",
      status: 'active',
      pathway: {
        id: 'job-club',
        translations: { en: { name: 'Job search club', description: 'Group workshops for job seekers.' } },
        eligibility: { rule: 'adult' },
        capacity: { places: 12, period: 'cohort', waitingDays: 14 },
        duration: { amount: 3, unit: 'weeks' },
        referral: 'to-cle',
      },
    });
    expect(document.organization).toEqual([
      expect.objectContaining({
        name: "Centre local d'emploi de Rosemont",
        email: 'cle.rosemont@example.org',
        website: 'https://emploi.example.org/rosemont',
        pathway: expect.objectContaining({ partner: 'cle-rosemont' }),
      }),
    ]);
    expect(document.language).toEqual([expect.objectContaining({ code: 'fr', name: 'français' })]);
    expect(document.taxonomy_term).toEqual([
      expect.objectContaining({
        code: 'active_labour_market',
        name: 'Active labour market',
        taxonomy: CATEGORY_TAXONOMY,
      }),
    ]);
  });

  it('marks a gap as inactive for HSDS and as a gap for Pathway', () => {
    const referrals = fxReferrals();
    const gap = Object.values(referrals.services).find((s: ServiceDefinition) => s.status === 'gap');
    const exported = directoryToHsds(referrals).service.find(
      (s) => (s.pathway as { id?: string }).id === gap?.id,
    );
    expect(exported).toMatchObject({ status: 'inactive', pathway: { status: 'gap' } });
  });
});
