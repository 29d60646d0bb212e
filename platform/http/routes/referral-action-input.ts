import type { ReferralActionEvent } from '../../cases/referrals/referral-action.js';
import { PlatformError } from '../../kernel/errors.js';
import { optionalString, stringField } from '../request-input.js';

const TYPES: readonly ReferralActionEvent['type'][] = [
  'send',
  'receive',
  'accept',
  'decline',
  'start',
  'hold',
  'resume',
  'complete',
  'cancel',
  'fail',
  'record_answer',
];

/** Reads a referral action: `{ "type": "decline", "reason": "no_places", "note": "…" }` and so on. */
export function referralEventOf(body: Record<string, unknown>): ReferralActionEvent {
  const type = stringField(body, 'type') as ReferralActionEvent['type'];
  if (!TYPES.includes(type))
    throw new PlatformError('bad_request', `Unknown referral action "${type}".`, {
      fields: [{ pointer: '/type', code: 'enum', message: `One of: ${TYPES.join(', ')}.` }],
    });
  const note = optionalString(body, 'note');
  const withNote = note === undefined ? {} : { note };
  if (type === 'decline') return { type, reason: stringField(body, 'reason'), ...withNote };
  if (type === 'fail')
    return { type, reason: stringField(body, 'reason') as 'no_show' | 'service_failed', ...withNote };
  if (type === 'record_answer') {
    const answer = stringField(body, 'answer') as Extract<
      ReferralActionEvent,
      { type: 'record_answer' }
    >['answer'];
    const reason = optionalString(body, 'reason');
    const answeredAt = optionalString(body, 'answeredAt');
    return {
      type,
      answer,
      ...(reason === undefined ? {} : { reason }),
      ...(answeredAt === undefined ? {} : { answeredAt }),
      ...withNote,
    };
  }
  if (type === 'receive') return { type };
  return { type, ...withNote };
}
