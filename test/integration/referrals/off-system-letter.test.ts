/*
 * A referral to a partner that is not on the system (Tashkent's Disability Assessment Commission):
 * a printable letter in the client's language, and the sender recording the commission's answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, Platform } from '../../support/platform-harness.js';
import {
  historyTypes,
  ok,
  openCaseWith,
  type ReferralDriver,
  startReferral,
  startReferralPlatform,
} from './referral-kit.js';

const SITE = 'uz-tashkent-icm';
const API = `/api/sites/${SITE}`;
const TODAY = '2025-03-03';

let platform: Platform;
let cm: Client;
let caseId: string;
let personId: string;

beforeAll(async () => {
  platform = await startReferralPlatform([SITE]);
  cm = await platform.signIn('tashkent.case_manager');
  ({ caseId, personId } = await openCaseWith(
    cm,
    SITE,
    {
      lastName: 'Yusupov',
      firstName: 'Bobur',
      birthDate: '1985-02-03',
      sex: 'male',
      preferredLanguage: 'ru',
      district: 'yashnabod',
    },
    [
      [
        'needs-assessment',
        {
          assessmentDate: TODAY,
          problems: ['mobility'],
          interests: ['computers'],
          education: 'higher',
          daDecisionOnFile: false,
          workCapacityAssessment: 'referred',
        },
      ],
      [
        'action-plan',
        {
          planDate: TODAY,
          goals: [{ text: 'Disability group assessed', horizon: 'immediate' }],
          steps: [
            {
              sequenceNo: 1,
              measure: 'da_assessment',
              responsiblePartner: 'da-commission',
              status: 'planned',
            },
          ],
          sharedWithInstitutions: ['da-commission'],
          signatures: { client: 'B. Yusupov', caseManager: 'Case manager', signedOn: TODAY },
          nextFollowUpDate: '2025-03-24',
        },
      ],
    ],
  ));
  ok(
    await cm.request('POST', `${API}/persons/${personId}/consents`, {
      purpose: 'share-da-commission',
      givenBy: 'client',
      mode: 'written',
      evidence: 'F2 signed',
    }),
    201,
  );
});
afterAll(() => platform.close());

async function planStep(): Promise<string | undefined> {
  const view = ok(await cm.request('GET', `${API}/cases/${caseId}`));
  return (view.data as Record<string, { steps: { status: string }[] }>)['action-plan']?.steps[0]?.status;
}

describe('Tashkent → Disability Assessment Commission (not on the system)', () => {
  let referral: ReferralDriver;

  it('goes out with a printable letter in the client’s language', async () => {
    referral = await startReferral(cm, SITE, caseId, {
      protocol: 'cm-to-da-commission',
      reason: 'initial_assessment',
      planStep: 0,
    });
    await referral.fill(cm, 'referral-form', {
      dateSent: TODAY,
      fromPartner: 'inson-almazar',
      toPartner: 'da-commission',
      reason: 'First assessment of the disability group',
      clientSigned: true,
      clientSignature: 'B. Yusupov',
    });
    const sent = await referral.act(cm, { type: 'send' });
    expect(
      (sent.effects as { type: string; locale?: string }[]).find((e) => e.type === 'letter')?.locale,
    ).toBe('ru');
    expect((sent.referral as { letter: boolean }).letter).toBe(true);
    const letter = ok(await cm.request('GET', `${API}/referrals/${referral.id}/letter`)).letter as {
      locale: string;
      title: string;
      body: string;
      lines: { label: string; value: string }[];
    };
    expect(letter.locale).toBe('ru');
    expect(letter.title).toBe('Направление на оценку инвалидности и трудоспособности');
    expect(letter.body).toContain('Yusupov Bobur');
    expect(letter.lines.map((l) => l.value)).toContain('Yusupov');
    const uz = ok(await cm.request('GET', `${API}/referrals/${referral.id}/letter?locale=uz`)).letter;
    expect((uz as { title: string }).title).toBe("Nogironlik va mehnat qobiliyatini baholashga yo'llanma");
    expect(await planStep()).toBe('referred');
  });

  it('takes no answer from the system side: the sender records it on the commission’s behalf', async () => {
    const receive = await referral.act(cm, { type: 'receive' }, 422);
    expect(receive.blockedBy).toEqual(['receiver_off_system']);
    expect(receive.reasons).toEqual([
      'Qabul qiluvchi tizimda ishlamaydi: uning javobini yuboruvchi kiritadi.',
    ]);
    platform.clock.set('2025-03-03T12:00:00Z');
    await referral.act(cm, { type: 'record_answer', answer: 'accepted', answeredAt: '2025-03-03T10:00:00Z' });
    expect(await planStep()).toBe('started');
    const early = await referral.act(cm, { type: 'record_answer', answer: 'completed' }, 422);
    expect(early.blockedBy).toEqual(['form_missing:counter-referral']);
    await referral.fill(cm, 'counter-referral', {
      feedbackDate: TODAY,
      fromPartner: 'da-commission',
      feedbackType: 'assessment_result',
      outcome: 'completed',
      daResult: { decision: 'employable', group: 'III', decisionDate: TODAY },
      clientInformed: true,
    });
    const done = await referral.act(cm, { type: 'record_answer', answer: 'completed' });
    const state = (
      done.referral as { referral: { status: string; history: { onBehalfOfReceiver: boolean }[] } }
    ).referral;
    expect(state.status).toBe('completed');
    expect(state.history.slice(-2).map((h) => h.onBehalfOfReceiver)).toEqual([true, true]);
    expect(await planStep()).toBe('completed');
    const types = await historyTypes(cm, SITE, caseId);
    expect(types.filter((t) => t === 'referral.record_answer')).toHaveLength(2);
  });

  it('logs the disclosure to the commission for the client', async () => {
    const log = ok(await cm.request('GET', `${API}/persons/${personId}/disclosures?locale=en`));
    const entries = log.entries as { recipientPartner: string; reason: string }[];
    expect(entries.map((e) => [e.recipientPartner, e.reason])).toEqual([['da-commission', 'referral']]);
    expect((log.report as { text: string }[])[0]?.text).toMatch(
      /^On 3 March 2025 Disability Assessment Commission/,
    );
  });
});
