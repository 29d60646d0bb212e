import { describe, expect, it } from 'vitest';
import { directoryResolver, montrealDirectory } from '../../../test/support/hsds-fixtures.js';
import { checkSite } from '../../definitions/check-site.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import type { JsonObject } from '../../kernel/json.js';
import { readHsds } from './read-hsds.js';
import { idFromName, servicesFromHsds } from './services-from-hsds.js';

const bundle = checkSite('fx-directory', directoryResolver()).bundle as SiteBundle;
const existing = bundle.services as unknown as Record<string, JsonObject>;

function importSample(document = montrealDirectory(), services = existing) {
  const read = readHsds(document);
  expect(read.problems).toEqual([]);
  return servicesFromHsds(read, { site: bundle.site, existing: services, language: 'fr' });
}

describe('an HSDS directory imported into a site', () => {
  const { services, notes } = importSample();
  const byId = Object.fromEntries(services.map((s) => [s.id, s]));

  it('matches services by name, else makes ids from their names', () => {
    expect(services.map((s) => [s.id, s.idFrom, s.existed])).toEqual([
      ['job-club', 'name', true],
      ['formation-de-cariste-chariot-elevateur', 'new', false],
      ['consultation-juridique-gratuite', 'new', false],
    ]);
  });

  it('merges into the existing service: HSDS fields replaced, the eligibility rule, capacity and protocol kept', () => {
    const club = byId['job-club']?.json ?? {};
    expect(club).toMatchObject({
      provider: { partner: 'cle-rosemont' },
      eligibility: { rule: 'adult' },
      capacity: { places: 12, period: 'cohort', waitingDays: 14 },
      duration: { amount: 3, unit: 'weeks' },
      referral: { referral: 'to-cle' },
      languages: ['fr', 'en'],
      categories: ['active_labour_market'],
      fees: { fr: 'Gratuit', en: 'Free' },
      contact: {
        phone: '+1 514 555-0141',
        email: 'club.rosemont@example.org',
        url: 'https://emploi.example.org/rosemont/club',
      },
    });
    expect(club.description).toEqual({
      fr: "Trois semaines d'ateliers en groupe : bilan de compétences, curriculum vitæ, simulations d'entrevue et recherche active accompagnée.",
      en: 'Three weeks of group workshops: skills review, résumé, mock interviews and coached job search.',
    });
    expect(club.locations).toEqual([
      {
        name: { fr: 'CLE de Rosemont', en: 'Rosemont employment centre' },
        address: { fr: '5350, rue Lafond', en: '5350 Lafond Street' },
        city: { fr: 'Montréal', en: 'Montreal' },
        postalCode: 'H1X 2X2',
        district: 'Rosemont–La Petite-Patrie',
        country: 'CA',
        accessibility: ['step_free'],
      },
    ]);
  });

  it('maps organizations to partners by name, and the others to outside providers', () => {
    expect(byId['formation-de-cariste-chariot-elevateur']?.json.provider).toEqual({ partner: 'cfp-lachine' });
    expect(byId['consultation-juridique-gratuite']?.json.provider).toEqual({
      organization: {
        name: {
          fr: 'Clinique juridique communautaire de Saint-Michel',
          en: 'Saint-Michel Community Legal Clinic',
        },
        contact: {
          phone: '+1 514 555-0190',
          email: 'accueil@cliniquejuridique-stmichel.example.org',
          url: 'https://cliniquejuridique-stmichel.example.org',
        },
      },
    });
    expect(notes.filter((n) => n.code === 'not_a_partner').map((n) => n.pointer)).toEqual([
      '/organization/2',
    ]);
    expect(notes.some((n) => n.code === 'partner_differs')).toBe(false);
  });

  it('says what it does not hold, field by field, with pointers into the upload', () => {
    const notHeld = Object.fromEntries(
      notes.filter((n) => n.code === 'not_held').map((n) => [n.field, n.pointers]),
    );
    expect(notHeld['service.alternate_name']).toEqual(['/service/0/alternate_name']);
    expect(notHeld['address.state_province']).toHaveLength(4);
    expect(notHeld.contact).toEqual(['/contact/0']);
    expect(notHeld['organization.description']).toEqual(['/organization/2/description']);
    expect(notes.filter((n) => n.code === 'unused')).toEqual([]);
  });

  it('reports a partner whose details in the upload differ from the site definition', () => {
    const document = montrealDirectory();
    (document.organization as JsonObject[])[0]!.email = 'old@example.org';
    const differ = importSample(document).notes.filter((n) => n.code === 'partner_differs');
    expect(differ.map((n) => [n.pointer, n.message])).toEqual([
      [
        '/organization/0',
        `Organization "Centre local d'emploi de Rosemont" is partner "cle-rosemont"; the site definition's details of it are kept and differ in: email.`,
      ],
    ]);
  });

  it('asks for translations again when a text changes in the document language without them', () => {
    const document = montrealDirectory();
    const club = (document.service as JsonObject[])[0]!;
    club.name = 'Club emploi Rosemont';
    club.pathway = { id: 'job-club' };
    const { services, notes } = importSample(document);
    expect(services[0]).toMatchObject({ id: 'job-club', idFrom: 'pathway_id', existed: true });
    expect(services[0]?.json.name).toEqual({ fr: 'Club emploi Rosemont' });
    expect(notes.filter((n) => n.code === 'retranslate').map((n) => n.message)).toEqual([
      "job-club/name: the text changed; translate it again into the site's other languages.",
      "job-club/description: the text changed; translate it again into the site's other languages.",
    ]);
  });

  it('does not merge a new service into an existing one of another name that its name would give the id of', () => {
    const document = montrealDirectory();
    (document.service as JsonObject[])[0]!.name = 'Job club';
    delete (document.service as JsonObject[])[0]!.pathway;
    const { services } = importSample(document, { ...existing, 'job-club': existing['job-club']! });
    expect(services[0]).toMatchObject({ id: 'job-club-2', idFrom: 'new', existed: false });
  });
});

describe('reading an HSDS document', () => {
  it('takes the nested API form too: a page of services with their organization and locations inside', () => {
    const page = {
      total_items: 1,
      contents: [
        {
          id: 'b9f5bb4e-6c8e-4d33-bb86-2a8f3a3a7f11',
          name: 'Atelier CV',
          description: 'Rédiger son CV.',
          status: 'temporarily closed',
          organization: { id: 'org-1', name: 'Centre local d’emploi de Rosemont', description: 'CLE' },
          phones: [{ id: 'p1', number: '514 555-0000' }],
          languages: [{ id: 'l1', name: 'Français', code: 'FR' }],
          service_at_locations: [
            {
              id: 'sal-1',
              location: {
                id: 'loc-1',
                location_type: 'physical',
                addresses: [{ id: 'a1', address_1: '1 rue X', city: 'Montréal', address_type: 'physical' }],
                accessibility: [{ id: 'x1', description: 'Wheelchair accessible entrance' }],
              },
            },
          ],
        },
      ],
    };
    const read = readHsds(page);
    expect(read.problems).toEqual([]);
    const { services, notes } = servicesFromHsds(read, { site: bundle.site, existing: {}, language: 'fr' });
    expect(services[0]?.json).toMatchObject({
      id: 'atelier-cv',
      provider: { partner: 'cle-rosemont' },
      languages: ['fr'],
      contact: { phone: '514 555-0000' },
      locations: [
        {
          name: { fr: '1 rue X' },
          address: { fr: '1 rue X' },
          city: { fr: 'Montréal' },
          accessibility: ['step_free'],
        },
      ],
      status: 'inactive',
    });
    expect(notes.filter((n) => n.code === 'mapped').map((n) => n.message)).toEqual([
      'A location without a name is named by its address.',
      'Accessibility "Wheelchair accessible entrance" read as "step_free".',
      'Status "temporarily closed" read as "inactive".',
    ]);
    expect(read.unknown).toEqual(['total_items']);
  });

  it.each([
    [[], '', 'type'],
    [{ service: {} }, '/service', 'type'],
    [{ service: [] }, '', 'required'],
    [
      { service: [{ id: 's', organization_id: 'nobody' }] },
      '/service/0/organization_id',
      'unknown_reference',
    ],
    [
      { service: [{ id: 's', organization_id: 'o' }], organization: [{ id: 'o', name: 'O' }] },
      '/service/0/name',
      'required',
    ],
    [{ service: [{ name: 'S', organization: { id: 'o', name: 'O' } }] }, '/service/0/id', 'required'],
    [
      {
        organization: [
          { id: 'o', name: 'O' },
          { id: 'o', name: 'P' },
        ],
        service: [{ id: 's', name: 'S', organization_id: 'o' }],
      },
      '/organization/1/id',
      'duplicate',
    ],
  ])('refuses %j with a pointer into it', (document, pointer, code) => {
    expect(readHsds(document).problems).toContainEqual(expect.objectContaining({ pointer, code }));
  });

  it('makes readable ids from names in any script', () => {
    expect(idFromName('Обука за вештине комуникације')).toBe('obuka-za-veshtine-komunikatsije');
    expect(idFromName("Club de recherche d'emploi")).toBe('club-de-recherche-demploi');
    expect(idFromName('2025 cohort')).toBe('service-2025-cohort');
    expect(idFromName(`${'a'.repeat(40)} ${'b'.repeat(40)}`).length).toBeLessThanOrEqual(64);
  });
});
