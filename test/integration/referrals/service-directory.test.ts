/*
 * The service directory through the API at the Serbian pilot (Paraćin): any member of the site —
 * here an employment counsellor and a local-government partner — searches it in their language,
 * pages through it, reads one service, and downloads it as an HSDS 3.0 document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, Platform } from '../../support/platform-harness.js';
import { ok, startReferralPlatform } from './referral-kit.js';

const API = '/api/sites/rs-youth-nes-csw';

type Entry = {
  id: string;
  name: string;
  provider: { partner: string | null };
  languages: { code: string }[];
};
type Page = { locale: string; items: Entry[]; next: string | null };

let platform: Platform;
let counsellor: Client;
let partner: Client;

beforeAll(async () => {
  platform = await startReferralPlatform(['rs-youth-nes-csw']);
  counsellor = await platform.signIn('paracin.nes_employment_counsellor');
  partner = await platform.signIn('paracin.lsg_partner');
});
afterAll(() => platform.close());

const search = async (client: Client, query: string): Promise<Page> =>
  ok(await client.request('GET', `${API}/services?${query}`)) as unknown as Page;

describe('the service directory API', () => {
  it('lists the published services in the reader’s language, sorted by name', async () => {
    const page = await search(partner, 'locale=en&limit=100');
    expect(page.locale).toBe('en');
    expect(page.items).toHaveLength(26);
    expect(page.items.map((e) => e.name)).toEqual(
      [...page.items.map((e) => e.name)].sort(new Intl.Collator('en').compare),
    );
    expect(page.next).toBeNull();
    const cyrillic = await search(partner, 'q=job%20club');
    expect(cyrillic.items.map((e) => [e.id, e.name])).toEqual([['nes-job-club', 'Клуб за тражење посла']]);
  });

  it('searches by words in any script, language, place, partner and category', async () => {
    expect((await search(counsellor, 'q=klub')).items.map((e) => e.id)).toEqual(['nes-job-club']);
    expect((await search(counsellor, 'partner=csw-paracin')).items).toHaveLength(5);
    expect((await search(counsellor, 'language=sr-Latn&location=Paracin')).items).toHaveLength(26);
    expect((await search(counsellor, 'language=uz')).items).toEqual([]);
    expect((await search(counsellor, 'status=inactive')).items).toEqual([]);
    const bad = await counsellor.request('GET', `${API}/services?status=closed`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
  });

  it('pages through the directory with the cursor it gives, without repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: Page = await search(counsellor, `limit=10&locale=en${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(10);
      seen.push(...page.items.map((e) => e.id));
      cursor = page.next;
    }
    expect(seen).toHaveLength(26);
    expect(new Set(seen).size).toBe(26);
    expect((await counsellor.request('GET', `${API}/services?cursor=nonsense`)).status).toBe(400);
  });

  it('reads one service with its capacity, condition and protocol; another id is 404', async () => {
    const club = ok(await counsellor.request('GET', `${API}/services/nes-job-club?locale=en`));
    expect(club).toMatchObject({
      id: 'nes-job-club',
      locale: 'en',
      name: 'Job Club',
      provider: { partner: 'nes-paracin', onSystem: true },
      languages: [
        { code: 'sr-Cyrl', name: 'Serbian (Cyrillic)' },
        { code: 'sr-Latn', name: 'Serbian (Latin)' },
      ],
      status: 'active',
    });
    expect(club).toHaveProperty('capacity');
    expect(club).toHaveProperty('eligibility');
    expect(club.referral === null || typeof club.referralName === 'string').toBe(true);
    expect((await counsellor.request('GET', `${API}/services/nobody`)).status).toBe(404);
  });

  it('downloads the directory as HSDS 3.0 in any of the site’s languages, and only those', async () => {
    const reply = await partner.request('GET', `${API}/services.hsds.json?language=sr-Latn`);
    const document = ok(reply);
    expect(reply.headers.get('content-disposition')).toMatch(
      /attachment; filename="rs-youth-nes-csw-v1\.hsds\.json"/,
    );
    expect(document.service).toHaveLength(26);
    expect(document.pathway).toMatchObject({ site: 'rs-youth-nes-csw', language: 'sr-Latn' });
    expect((await partner.request('GET', `${API}/services.hsds.json?language=fr`)).status).toBe(400);
  });

  it('is for members of the site only', async () => {
    const anonymous = await platform.app.request(`http://pathway.test${API}/services`);
    expect(anonymous.status).toBe(401);
    expect((await counsellor.request('GET', '/api/sites/uz-tashkent-icm/services')).status).toBe(404);
  });
});
