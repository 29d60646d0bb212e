import { describe, expect, it } from 'vitest';
import type { SiteBundle } from '../../../../platform/definitions/site-bundle.js';
import { clientNameOf, partnerName, receiverName, sharedFormsInOrder } from './referral-parties.js';

const bundle = {
  site: {
    partners: [{ id: 'nes', name: { en: 'Employment service' } }],
    registration: { form: { form: 'registration' }, nameFields: ['firstName', 'lastName'] },
  },
  services: { youth: { name: { en: 'Youth office' } } },
} as unknown as SiteBundle;
const l = (text: unknown) => (typeof text === 'string' ? text : ((text as { en?: string })?.en ?? ''));
const field = (path: string, value: string | null) => ({
  form: 'registration',
  path,
  label: { en: path },
  value,
  sensitive: null,
});

describe('referral parties', () => {
  it('names partners and outside services, or says their ids', () => {
    expect(partnerName(bundle, 'nes', l)).toBe('Employment service');
    expect(partnerName(bundle, 'other', l)).toBe('other');
    expect(receiverName(bundle, { partnerId: null, serviceId: 'youth' }, l)).toBe('Youth office');
  });

  it('reads the client name from the shared name fields only', () => {
    const shared = { fields: [field('lastName', 'Petrović'), field('firstName', 'Marko')], data: {} };
    expect(clientNameOf(bundle, shared)).toBe('Marko Petrović');
    expect(clientNameOf(bundle, { fields: [field('firstName', null)], data: {} })).toBe('');
    expect(clientNameOf(bundle, null)).toBe('');
  });

  it('lists the shared forms in the protocol’s order, whatever order the snapshot’s keys come in', () => {
    const withProtocol = {
      ...bundle,
      referrals: {
        p: { shared: [{ form: 'registration' }, { form: 'assessment' }, { form: 'registration' }] },
      },
    } as unknown as SiteBundle;
    expect(sharedFormsInOrder(withProtocol, 'p', ['assessment', 'old-form', 'registration'])).toEqual([
      'registration',
      'assessment',
      'old-form',
    ]);
    expect(sharedFormsInOrder(withProtocol, 'unknown', ['b', 'a'])).toEqual(['b', 'a']);
  });
});
