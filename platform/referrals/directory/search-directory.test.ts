import { describe, expect, it } from 'vitest';
import { checkSite } from '../../definitions/check-site.js';
import { BUILT_IN_SITES, folderResolver } from '../../definitions/read-site-folders.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { fxReferrals } from '../referral-test-kit.js';
import { directoryDetail } from './directory-entry.js';
import { searchDirectory } from './search-directory.js';

const paracin = checkSite('rs-youth-nes-csw', folderResolver([BUILT_IN_SITES])).bundle as SiteBundle;
const referrals = fxReferrals();
const ids = (site: SiteBundle, query: Parameters<typeof searchDirectory>[1], locale = 'en') =>
  searchDirectory(site, query, locale).map((e) => e.id);

describe('searching the service directory', () => {
  it('finds words in any of the site’s languages and scripts, folded', () => {
    expect(ids(paracin, { text: 'клуб' })).toEqual(['nes-job-club']);
    expect(ids(paracin, { text: 'klub' })).toEqual(['nes-job-club']);
    expect(ids(paracin, { text: 'job club' })).toEqual(['nes-job-club']);
    expect(ids(paracin, { text: 'parenting' })).toEqual(['csw-parenting-skills']);
  });

  it('filters by partner, category, place and language', () => {
    expect(ids(paracin, { partner: 'csw-paracin' })).toHaveLength(5);
    expect(ids(paracin, { partner: 'youth-office-paracin', location: 'Параћин' })).toEqual(['youth-office']);
    expect(ids(paracin, { location: 'Beograd' })).toEqual([]);
    expect(ids(paracin, { language: 'sr' })).toHaveLength(26);
    expect(ids(paracin, { language: 'sr-Latn', text: 'self-esteem' })).toEqual(['csw-self-esteem']);
    expect(ids(paracin, { language: 'uz' })).toEqual([]);
    const training = Object.values(paracin.services).filter((s) =>
      s.categories?.includes('vocational_training'),
    );
    expect(training.length).toBeGreaterThan(0);
    expect(ids(paracin, { category: 'vocational_training' }).sort()).toEqual(
      training.map((s) => s.id).sort(),
    );
  });

  it('hides inactive services unless asked, and keeps gaps (needed, nobody provides them yet)', () => {
    const all = ids(referrals, { status: ['active', 'inactive', 'gap'] });
    const shown = ids(referrals, {});
    expect(all.length).toBeGreaterThan(shown.length);
    expect(shown).toContain('respite-care');
    expect(ids(referrals, { status: ['inactive'] })).toEqual(['closed-workshop']);
  });

  it('says each service in the reader’s language, sorted by name in it', () => {
    const sr = searchDirectory(paracin, { partner: 'csw-paracin' }, 'sr-Cyrl');
    expect(sr.map((e) => e.name)).toEqual(
      [...sr.map((e) => e.name)].sort(new Intl.Collator('sr-Cyrl').compare),
    );
    expect(sr.find((e) => e.id === 'csw-communication-skills')).toMatchObject({
      name: 'Обука за вештине комуникације',
      provider: { partner: 'csw-paracin' },
      capacity: { places: 10, period: 'cohort', waitingDays: 30 },
      languages: [
        { code: 'sr-Cyrl', name: 'српски (ћирилица)' },
        { code: 'sr-Latn', name: 'српски (латиница)' },
      ],
      referral: 'to-csw-training',
      status: 'active',
    });
  });

  it('gives a service’s detail with its condition and the protocol that reaches it', () => {
    const service = referrals.services['peer-advice'];
    if (service === undefined) throw new Error('fixture without peer-advice');
    expect(directoryDetail(referrals, service, 'ru')).toMatchObject({
      name: 'Консультации равных',
      eligibility: { rule: 'adult' },
      referral: 'to-ngo',
      referralName: 'Центр → НКО',
      provider: { partner: 'ngo', name: 'НКО поддержки', onSystem: true },
    });
  });
});
