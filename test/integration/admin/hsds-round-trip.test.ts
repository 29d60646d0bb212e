/*
 * Acceptance: a hand-made Open Referral HSDS 3.0 directory (Montréal: an employment office's job
 * club, a vocational centre's forklift course, an NGO's free legal advice; French with English
 * translations) is imported into a site as drafts, published, exported, and compared with the
 * original. Every field Pathway holds comes back unchanged; the fields it does not hold are listed
 * here, and the import itself reported exactly these.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../platform/kernel/json.js';
import {
  directoryResolver,
  hsdsView,
  montrealDirectory,
  withoutPointers,
} from '../../support/hsds-fixtures.js';
import { type Client, type Platform, startPlatform } from '../../support/platform-harness.js';
import { expectStatus } from './admin-support.js';

const SITE = '/api/sites/fx-directory';
const IMPORT = `${SITE}/admin/services/import-hsds`;

/** What the sample holds that Pathway does not: the import must report exactly these fields, and they are not exported. */
const NOT_HELD = [
  'organization.description', // of the legal clinic: an outside organisation is held by name and contact only (partners' descriptions are the site's)
  'organization.legal_status',
  'organization.year_incorporated',
  'service.alternate_name',
  'service.application_process',
  'service.accreditations',
  'location.latitude',
  'location.longitude',
  'location.transportation',
  'location.description',
  'service_at_location.description',
  'address.state_province',
  'accessibility.details',
  'phone.type',
  'phone.description',
  'language.note',
  'contact', // named contact persons: Pathway keeps no one's name in the directory
  'taxonomy_term.name', // the sample's own taxonomy: Pathway keeps the category code …
  'taxonomy_term.description',
  'taxonomy_term.taxonomy',
  'taxonomy_term.language',
];

/** What the export writes from the code, not from the upload: the terms of Pathway's own category taxonomy. */
const WRITTEN_BY_PATHWAY = [
  'taxonomy_term.name',
  'taxonomy_term.description',
  'taxonomy_term.taxonomy',
  'taxonomy_term.language',
];

type Note = { code: string; field?: string; pointer: string; pointers: string[] };
type Report = {
  applied: boolean;
  services: { id: string; action: string; idFrom: string; provider: unknown; draftVersion: number | null }[];
  changes: { code: string; definitionId: string }[];
  notes: Note[];
  problems: { code: string; definitionId: string; pointer: string }[];
};

let platform: Platform;
let admin: Client;
let board: Client;
let worker: Client;

beforeAll(async () => {
  platform = await startPlatform(['fx-directory'], directoryResolver());
  admin = await platform.signIn('directory.site_admin');
  board = await platform.signIn('directory.board_member');
  worker = await platform.signIn('directory.case_manager');
});
afterAll(() => platform.close());

const importSample = async (document: JsonObject, query = ''): Promise<Report> =>
  expectStatus(await admin.request('POST', `${IMPORT}${query}`, document), 200).body as unknown as Report;

describe('HSDS import of a hand-made sample directory', () => {
  it('is a dry run by default: what would be created or changed, and what is not held', async () => {
    const report = await importSample(montrealDirectory());
    expect(report.applied).toBe(false);
    expect(report.services.map((s) => [s.id, s.action, s.idFrom, s.provider])).toEqual([
      ['job-club', 'update', 'name', { partner: 'cle-rosemont' }],
      ['formation-de-cariste-chariot-elevateur', 'create', 'new', { partner: 'cfp-lachine' }],
      [
        'consultation-juridique-gratuite',
        'create',
        'new',
        { organization: 'Clinique juridique communautaire de Saint-Michel' },
      ],
    ]);
    expect(report.changes.filter((c) => c.code === 'definition_added').map((c) => c.definitionId)).toEqual([
      'formation-de-cariste-chariot-elevateur',
      'consultation-juridique-gratuite',
    ]);
    expect(report.changes.filter((c) => c.definitionId === 'job-club').map((c) => c.code)).toContain(
      'property_changed',
    );
    expect(
      report.notes
        .filter((n) => n.code === 'not_held')
        .map((n) => n.field)
        .sort(),
    ).toEqual([...NOT_HELD].sort());
    expect(report.notes.filter((n) => n.code === 'not_a_partner').map((n) => n.pointer)).toEqual([
      '/organization/2',
    ]);
    expect(report.problems).toEqual([]);
    const diff = expectStatus(await admin.request('GET', `${SITE}/admin/diff`), 200).body;
    expect(diff.changes).toEqual([]);
  });

  it('round-trips: imported as drafts, published, exported — every field Pathway holds unchanged', async () => {
    const original = montrealDirectory();
    const report = await importSample(original, '?apply=true');
    expect(report.services.map((s) => s.draftVersion)).toEqual([1, 1, 1]);
    expectStatus(await admin.request('POST', `${SITE}/admin/publish`, { note: 'Montréal directory' }), 201);

    const exported = expectStatus(await worker.request('GET', `${SITE}/services.hsds.json`), 200)
      .body as JsonObject;
    const notHeld = report.notes.filter((n) => n.code === 'not_held').flatMap((n) => n.pointers);
    const expected = hsdsView(withoutPointers(original, notHeld), WRITTEN_BY_PATHWAY);
    expect(hsdsView(exported, WRITTEN_BY_PATHWAY)).toEqual(expected);
    expect(Object.keys(expected)).toHaveLength(3);

    const club = (exported.service as JsonObject[]).find((s) => s.name === "Club de recherche d'emploi");
    expect(club?.pathway).toMatchObject({
      id: 'job-club',
      eligibility: { rule: 'adult' },
      capacity: { places: 12, period: 'cohort', waitingDays: 14 },
      referral: 'to-cle',
    });
  });

  it('gives back what it exported: importing the export changes nothing', async () => {
    const exported = expectStatus(await admin.request('GET', `${SITE}/services.hsds.json`), 200)
      .body as JsonObject;
    const report = await importSample(exported);
    expect(report.services.map((s) => [s.action, s.idFrom])).toEqual([
      ['unchanged', 'pathway_id'],
      ['unchanged', 'pathway_id'],
      ['unchanged', 'pathway_id'],
    ]);
    expect(report.changes).toEqual([]);
    expect(report.notes.filter((n) => n.code !== 'not_a_partner')).toEqual([]);
  });

  it('shows what a monolingual upload leaves to do: the translations, as checker problems', async () => {
    const document = montrealDirectory();
    const strip = (rows: unknown) => (rows as JsonObject[]).forEach((r) => delete r.pathway);
    for (const table of ['organization', 'service', 'location', 'address']) strip(document[table]);
    (document.service as JsonObject[])[1]!.name = 'Formation de cariste, cohorte du printemps';
    const report = await importSample(document);
    const problems = report.problems.filter(
      (p) => p.definitionId === 'formation-de-cariste-cohorte-du-printemps',
    );
    expect(problems.map((p) => p.code)).toContain('missing-translation');
    expect(problems.map((p) => p.pointer)).toContain('/name');
  });
});

describe('bad uploads and who may import', () => {
  it('refuses a malformed document with problem+json pointing into it', async () => {
    const reply = await admin.request('POST', IMPORT, {
      organization: [{ id: 'o1', name: 'Clinique' }],
      service: [
        { id: 's1', name: 'Conseil', organization_id: 'o2' },
        { name: 'Sans id', organization_id: 'o1' },
      ],
    });
    expect(reply.status).toBe(400);
    expect(reply.headers.get('content-type')).toContain('application/problem+json');
    expect((reply.body.errors as { pointer: string }[]).map((e) => e.pointer)).toEqual([
      '/service/1/id',
      '/service/0/organization_id',
    ]);
    expect((await admin.request('POST', IMPORT, 'not json', { 'content-type': 'text/plain' })).status).toBe(
      415,
    );
    expect((await admin.request('POST', `${IMPORT}?language=de`, montrealDirectory())).status).toBe(400);
    expect((await admin.request('POST', `${IMPORT}?apply=yes`, montrealDirectory())).status).toBe(400);
  });

  it('needs definitions.edit to import; any member reads the directory and its export', async () => {
    expect((await board.request('POST', IMPORT, montrealDirectory())).status).toBe(403);
    expect((await worker.request('POST', IMPORT, montrealDirectory())).status).toBe(403);
    expectStatus(await board.request('GET', `${SITE}/services`), 200);
    expectStatus(await board.request('GET', `${SITE}/services.hsds.json`), 200);
  });
});
