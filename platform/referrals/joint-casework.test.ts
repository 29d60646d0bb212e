import { describe, expect, it } from 'vitest';
import type { SiteBundle } from '../definitions/site-bundle.js';
import { jointCaseworkConsent } from './joint-casework.js';
import { consent, fxReferrals } from './referral-test-kit.js';

const base = fxReferrals();
/** The fixture site with `share-employment` admitting joint casework with the employment service. */
const bundle: SiteBundle = {
  ...base,
  site: {
    ...base.site,
    consentPurposes: (base.site.consentPurposes ?? []).map((p) =>
      p.id === 'share-employment' ? { ...p, jointCasework: true } : p,
    ),
  },
};
const at = '2025-06-01T08:00:00.000Z';

describe('joint casework consent', () => {
  it('finds the consent in force that admits the partner', () => {
    const given = consent('share-employment', ['employment']);
    expect(jointCaseworkConsent(bundle, [given], 'employment', at)).toEqual({ ok: true, consent: given });
  });

  it.each([
    ['withdrawn', { withdrawnAt: '2025-05-01T08:00:00.000Z' }],
    ['expired', { expiresAt: '2025-05-31T18:59:59.999Z' }],
    ['not yet given', { givenAt: '2025-07-01T08:00:00.000Z' }],
    ['verbal where written is required', { mode: 'verbal' as const }],
  ])('refuses a consent %s', (_, extra) => {
    const check = jointCaseworkConsent(
      bundle,
      [consent('share-employment', ['employment'], extra)],
      'employment',
      at,
    );
    expect(check).toEqual({ ok: false, reason: 'no_consent', purposes: ['share-employment'] });
  });

  it('a consent for another recipient does not admit the partner', () => {
    const check = jointCaseworkConsent(bundle, [consent('share-employment', ['ngo'])], 'employment', at);
    expect(check.ok).toBe(false);
  });

  it('says when no purpose of the site admits joint casework with the partner', () => {
    const given = consent('share-employment', ['employment']);
    expect(jointCaseworkConsent(base, [given], 'employment', at)).toEqual({
      ok: false,
      reason: 'no_purpose',
      purposes: [],
    });
  });

  it('a renewed consent after a withdrawal admits again', () => {
    const withdrawn = consent('share-employment', ['employment'], {
      withdrawnAt: '2025-04-01T08:00:00.000Z',
    });
    const renewed = consent('share-employment', ['employment'], {
      id: 'renewed',
      givenAt: '2025-05-01T08:00:00.000Z',
    });
    const check = jointCaseworkConsent(bundle, [withdrawn, renewed], 'employment', at);
    expect(check.ok && check.consent.id).toBe('renewed');
  });
});
