import { describe, expect, it } from 'vitest';
import type { ReferralStatus } from '../../../../platform/referrals/index.js';
import { mayFillFeedback, offeredActions, recordableAnswers } from './referral-actions.js';

const ALL = new Set(['referral.send', 'referral.respond', 'referral.deliver']);
const can =
  (...permissions: string[]) =>
  (p: string) =>
    (permissions.length === 0 ? ALL : new Set(permissions)).has(p);

const detail = (
  side: 'sender' | 'receiver',
  status: ReferralStatus,
  options: { onSystem?: boolean; responsibility?: 'sender' | 'shared' | 'receiver' } = {},
) => ({
  side,
  protocol: { id: 'p', name: null, form: 'referral-form', feedbackForm: 'counter-referral' },
  referral: {
    status,
    responsibility: options.responsibility ?? 'sender',
    receiver: { kind: 'partner' as const, partnerId: 'nes', onSystem: options.onSystem ?? true },
  } as never,
});

describe('offered referral actions', () => {
  it('gives the receiver the answer while a referral waits, delivery once accepted', () => {
    expect(offeredActions(detail('receiver', 'requested'), can())).toEqual(['receive', 'accept', 'decline']);
    expect(offeredActions(detail('receiver', 'received'), can())).toEqual(['accept', 'decline']);
    expect(offeredActions(detail('receiver', 'accepted'), can())).toEqual(['start', 'complete', 'fail']);
    expect(offeredActions(detail('receiver', 'in_progress'), can())).toEqual(['complete', 'hold', 'fail']);
    expect(offeredActions(detail('receiver', 'on_hold'), can())).toEqual(['resume', 'fail']);
    expect(offeredActions(detail('receiver', 'completed'), can())).toEqual([]);
  });

  it('keeps to the permissions of the role', () => {
    expect(offeredActions(detail('receiver', 'requested'), can('referral.deliver'))).toEqual([]);
    expect(offeredActions(detail('receiver', 'accepted'), can('referral.respond'))).toEqual([]);
    expect(offeredActions(detail('receiver', 'requested'), can('referral.send'))).toEqual([]);
  });

  it('lets the sender cancel while responsibility is not with the receiver, never send from here', () => {
    expect(offeredActions(detail('sender', 'requested'), can())).toEqual(['cancel']);
    expect(offeredActions(detail('sender', 'accepted', { responsibility: 'receiver' }), can())).toEqual([]);
    expect(offeredActions(detail('sender', 'draft'), can())).toEqual([]);
  });

  it('lets the sender record the answers of a receiver off the system', () => {
    expect(offeredActions(detail('sender', 'requested', { onSystem: false }), can())).toEqual([
      'record_answer',
      'cancel',
    ]);
    expect(recordableAnswers('requested')).toEqual(['accepted', 'declined', 'completed']);
    expect(recordableAnswers('in_progress')).toEqual(['completed', 'failed']);
    expect(recordableAnswers('completed')).toEqual([]);
  });
});

describe('who fills the counter-referral', () => {
  it('is the receiver while the referral runs, with write access to the form', () => {
    expect(mayFillFeedback(detail('receiver', 'in_progress'), can(), 'write')).toBe(true);
    expect(mayFillFeedback(detail('receiver', 'in_progress'), can(), 'read')).toBe(false);
    expect(mayFillFeedback(detail('receiver', 'completed'), can(), 'write')).toBe(false);
    expect(mayFillFeedback(detail('receiver', 'requested'), can(), 'write')).toBe(false);
    expect(mayFillFeedback(detail('sender', 'in_progress'), can(), 'write')).toBe(false);
  });

  it('is the sender for a receiver off the system', () => {
    expect(mayFillFeedback(detail('sender', 'accepted', { onSystem: false }), can(), 'write')).toBe(true);
  });
});
