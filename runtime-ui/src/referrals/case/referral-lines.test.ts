import { describe, expect, it } from 'vitest';
import type { SiteBundle } from '../../../../platform/definitions/site-bundle.js';
import type { ConsentRecord } from '../../../../platform/referrals/consent.js';
import { currentDeadline, draftConsent, sendableProtocols, summaryReceiver } from './referral-lines.js';

const name = (en: string) => ({ en });

const bundle = {
  site: {
    partners: [
      { id: 'csw', name: name('Social work centre') },
      { id: 'nes', name: name('Employment service') },
    ],
    consentPurposes: [
      {
        id: 'exchange',
        name: name('Exchange'),
        description: name('…'),
        recipients: ['nes'],
        writtenRequired: true,
      },
    ],
  },
  services: {
    club: { id: 'club', name: name('Job club'), provider: { organization: { name: name('Youth office') } } },
  },
  referrals: {
    'to-nes': {
      id: 'to-nes',
      name: name('To NES'),
      from: { partners: ['csw'], roles: ['manager'] },
      to: { partner: 'nes' },
      consentPurpose: 'exchange',
    },
    'to-club': {
      id: 'to-club',
      name: name('To the club'),
      from: { partners: ['csw', 'nes'] },
      to: { service: 'club' },
    },
    'to-csw': { id: 'to-csw', name: name('To CSW'), from: { partners: ['nes'] }, to: { partner: 'csw' } },
  },
} as unknown as SiteBundle;

const consent = (over: Partial<ConsentRecord>): ConsentRecord => ({
  id: 'c1',
  personId: 'p1',
  purpose: 'exchange',
  recipients: ['nes'],
  givenBy: 'client',
  mode: 'written',
  evidence: 'No. 12',
  givenAt: '2025-01-10T09:00:00Z',
  expiresAt: '2026-01-10T09:00:00Z',
  ...over,
});

const nes = { kind: 'partner', partnerId: 'nes', onSystem: true } as const;
const protocol = (id: string) => bundle.referrals[id] as NonNullable<SiteBundle['referrals'][string]>;

describe('sendableProtocols', () => {
  it('offers the protocols sent from the user’s agency, and role when the protocol names roles', () => {
    expect(sendableProtocols(bundle, 'csw', 'manager').map((p) => p.id)).toEqual(['to-nes', 'to-club']);
    expect(sendableProtocols(bundle, 'csw', 'officer').map((p) => p.id)).toEqual(['to-club']);
    expect(sendableProtocols(bundle, 'nes', 'counsellor').map((p) => p.id)).toEqual(['to-club', 'to-csw']);
  });
});

describe('summaryReceiver', () => {
  const summary = { protocolId: 'to-club', receiverPartner: null, receiverService: 'club' };
  it('names the receiving partner, or the organisation providing the service', () => {
    expect(summaryReceiver(bundle, { ...summary, receiverPartner: 'nes' } as never)).toEqual(
      name('Employment service'),
    );
    expect(summaryReceiver(bundle, summary as never)).toEqual(name('Youth office'));
  });
});

describe('currentDeadline', () => {
  const due = (d: string) => ({ dueAt: `${d}T16:00:00Z`, dueDate: d });
  const base = {
    responseDue: due('2025-03-10'),
    completionDue: due('2025-04-30'),
    overdue: { response: true, completion: false },
  };
  it('is the answer while waiting for one, completion once accepted, none at the end', () => {
    expect(currentDeadline({ ...base, status: 'requested' })).toEqual({
      kind: 'response',
      dueDate: '2025-03-10',
      overdue: true,
    });
    expect(currentDeadline({ ...base, status: 'in_progress' })).toEqual({
      kind: 'completion',
      dueDate: '2025-04-30',
      overdue: false,
    });
    expect(currentDeadline({ ...base, status: 'completed' })).toBeNull();
    expect(currentDeadline({ ...base, status: 'draft', responseDue: null })).toBeNull();
  });
});

describe('draftConsent', () => {
  const at = '2025-03-03T10:00:00Z';
  it('needs nothing when the protocol names no consent purpose', () => {
    expect(draftConsent(bundle, protocol('to-csw'), nes, [], at)).toBeNull();
  });

  it('says why no consent is in force: missing, expired, withdrawn', () => {
    const check = (records: ConsentRecord[]) =>
      draftConsent(bundle, protocol('to-nes'), nes, records, at)?.check;
    expect(check([])).toMatchObject({ ok: false, reason: 'missing' });
    expect(check([consent({ expiresAt: '2025-02-01T00:00:00Z' })])).toMatchObject({
      ok: false,
      reason: 'expired',
    });
    expect(check([consent({ withdrawnAt: '2025-02-01T00:00:00Z', withdrawnBy: 'client' })])).toMatchObject({
      ok: false,
      reason: 'withdrawn',
    });
    expect(check([consent({})])).toMatchObject({ ok: true });
  });

  it('ignores verbal consent for a purpose that requires it written, and consent for other recipients', () => {
    const check = (records: ConsentRecord[]) =>
      draftConsent(bundle, protocol('to-nes'), nes, records, at)?.check;
    expect(check([consent({ mode: 'verbal' })])).toMatchObject({ ok: false, reason: 'missing' });
    expect(check([consent({ recipients: ['csw'] })])).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('records a new consent for the purpose’s recipients, adding the receiver when they lack it', () => {
    expect(draftConsent(bundle, protocol('to-nes'), nes, [], at)?.recipients).toEqual(['nes']);
    const csw = { kind: 'partner', partnerId: 'csw', onSystem: true } as const;
    expect(draftConsent(bundle, protocol('to-nes'), csw, [], at)?.recipients).toEqual(['nes', 'csw']);
  });
});
