import { describe, expect, it } from 'vitest';
import { manualClock } from '../kernel/clock.js';
import { activeConsent, type ConsentRecord } from './consent.js';
import { type ConsentInput, recordConsent, withdrawConsent } from './record-consent.js';
import { consent, fxReferrals } from './referral-test-kit.js';

const bundle = fxReferrals();
const clock = manualClock('2025-03-03T04:00:00.000Z');

const input = (extra: Partial<ConsentInput> = {}): ConsentInput => ({
  id: 'c-1',
  personId: 'person-1',
  purpose: 'share-employment',
  givenBy: 'client',
  mode: 'written',
  evidence: 'Form F2, scan 17',
  ...extra,
});

describe('recording consent', () => {
  it('builds the record, its recipients from the purpose and its expiry from the purpose’s validity', () => {
    const result = recordConsent(bundle, input({ givenAt: '2025-03-01T05:00:00.000Z' }), clock);
    expect(result).toEqual({
      ok: true,
      record: {
        id: 'c-1',
        personId: 'person-1',
        purpose: 'share-employment',
        recipients: ['employment'],
        givenBy: 'client',
        mode: 'written',
        evidence: 'Form F2, scan 17',
        givenAt: '2025-03-01T05:00:00.000Z',
        // 12 months (a setting) from the Tashkent day it was given, to the end of that day.
        expiresAt: '2026-03-01T18:59:59.999Z',
      },
    });
  });

  it.each([
    ['days (calendar)', 'share-commission', 'verbal', '2025-04-02T18:59:59.999Z'],
    ['no validity', 'share-ngo', 'verbal', null],
  ] as const)('expires after %s', (_, purpose, mode, expiresAt) => {
    const result = recordConsent(bundle, input({ purpose, mode, evidence: undefined }), clock);
    expect(result.ok ? result.record.expiresAt : result.problems).toEqual(expiresAt);
  });

  it.each([
    ['an unknown purpose', { purpose: 'marketing' }, ['unknown_purpose']],
    ['verbal consent for a purpose requiring written', { mode: 'verbal' }, ['written_required']],
    ['written consent without evidence where required', { evidence: ' ' }, ['evidence_required']],
    ['no recipients', { purpose: 'share-interpreting', mode: 'verbal' }, ['recipients_missing']],
    ['an unknown recipient', { recipients: ['employment', 'bank'] }, ['unknown_recipient:bank']],
    [
      'a service provided by a partner as recipient',
      { recipients: ['service:peer-advice'] },
      ['unknown_recipient:service:peer-advice'],
    ],
    [
      'an outside organisation’s service',
      { purpose: 'share-interpreting', recipients: ['service:interpreting'] },
      [],
    ],
    ['recipients beyond the purpose’s default', { recipients: ['employment', 'ngo'] }, []],
    ['an unknown giver', { givenBy: 'neighbour' }, ['invalid_given_by']],
    ['an unknown mode', { mode: 'telepathic' }, ['invalid_mode', 'written_required']],
    ['a date in the future', { givenAt: '2025-03-04T04:00:00.000Z' }, ['future_date']],
    ['no date at all', { givenAt: 'soon' }, ['invalid_date']],
    [
      'a guardian’s verbal consent where verbal is fine',
      { purpose: 'share-ngo', mode: 'verbal', givenBy: 'parent_or_guardian', evidence: undefined },
      [],
    ],
  ] as [string, Partial<ConsentInput>, string[]][])('refuses or accepts %s', (_, extra, expected) => {
    const result = recordConsent(bundle, input(extra), clock);
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(expected);
  });

  it('defaults the date to now', () => {
    const result = recordConsent(bundle, input(), clock);
    expect(result.ok ? result.record.givenAt : null).toBe('2025-03-03T04:00:00.000Z');
  });
});

describe('withdrawing consent', () => {
  const given = consent('share-employment', ['employment']);

  it('records who withdrew and when, leaving the rest as it was', () => {
    const result = withdrawConsent(given, { by: 'legal_representative' }, clock);
    expect(result).toEqual({
      ok: true,
      record: { ...given, withdrawnAt: '2025-03-03T04:00:00.000Z', withdrawnBy: 'legal_representative' },
    });
  });

  it.each([
    [
      'twice',
      { ...given, withdrawnAt: '2025-03-02T04:00:00.000Z', withdrawnBy: 'client' },
      {},
      ['already_withdrawn'],
    ],
    ['before it was given', given, { at: '2025-02-01T04:00:00.000Z' }, ['before_given']],
    ['in the future', given, { at: '2025-03-09T04:00:00.000Z' }, ['future_date']],
    ['by an unknown giver', given, { by: 'neighbour' }, ['invalid_given_by']],
  ] as [string, ConsentRecord, { at?: string; by?: string }, string[]][])(
    'refuses a withdrawal %s',
    (_, record, extra, expected) => {
      const result = withdrawConsent(
        record,
        { by: 'client', ...extra } as Parameters<typeof withdrawConsent>[1],
        clock,
      );
      expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(expected);
    },
  );
});

describe('the consent in force', () => {
  const at = '2025-03-03T04:00:00.000Z';
  const purpose = { id: 'share-employment', writtenRequired: true };

  it.each([
    [
      'active',
      [consent('share-employment', ['employment'])],
      'share-employment',
      true,
      'consent-share-employment',
    ],
    [
      'missing for another recipient',
      [consent('share-employment', ['ngo'])],
      'share-employment',
      'missing',
      null,
    ],
    [
      'expired at the last millisecond',
      [consent('share-employment', ['employment'], { expiresAt: '2025-03-03T03:59:59.999Z' })],
      'share-employment',
      'expired',
      'consent-share-employment',
    ],
    [
      'still active at its expiry instant',
      [consent('share-employment', ['employment'], { expiresAt: at })],
      'share-employment',
      true,
      'consent-share-employment',
    ],
    [
      'withdrawn at that very instant',
      [consent('share-employment', ['employment'], { withdrawnAt: at, withdrawnBy: 'client' })],
      'share-employment',
      'withdrawn',
      'consent-share-employment',
    ],
    [
      'verbal, with only the purpose’s id',
      [consent('share-employment', ['employment'], { mode: 'verbal' })],
      'share-employment',
      true,
      'consent-share-employment',
    ],
    [
      'verbal, for a purpose requiring written',
      [consent('share-employment', ['employment'], { mode: 'verbal' })],
      purpose,
      'missing',
      null,
    ],
    [
      'the latest decision: renewed after expiry',
      [
        consent('share-employment', ['employment'], {
          id: 'old',
          givenAt: '2024-01-01T04:00:00.000Z',
          expiresAt: '2025-01-01T18:59:59.999Z',
        }),
        consent('share-employment', ['employment'], { id: 'new' }),
      ],
      purpose,
      true,
      'new',
    ],
  ] as [string, ConsentRecord[], string | typeof purpose, true | string, string | null][])(
    '%s',
    (_, records, which, expected, id) => {
      const check = activeConsent(records, which, 'employment', at);
      expect(check.ok ? true : check.reason).toBe(expected);
      expect(check.record?.id ?? null).toBe(id);
    },
  );
});
