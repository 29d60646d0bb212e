import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  formatMessage,
  type MessageParams,
  type MessageTable,
} from '../../runtime-ui/src/common/message-table.js';
import { INBOX_MESSAGES } from '../../runtime-ui/src/inbox/inbox-messages.js';
import { REFERRAL_ACTION_MESSAGES } from '../../runtime-ui/src/referrals/view/referral-action-messages.js';
import { REFERRAL_DATA_MESSAGES } from '../../runtime-ui/src/referrals/view/referral-data-messages.js';
import { REFERRAL_MESSAGES } from '../../runtime-ui/src/referrals/view/referral-messages.js';
import { ApiSession } from './support/api-session.js';
import { type Browser, launchBrowser, TABLET } from './support/browser.js';
import { Journey } from './support/journey.js';
import { type RunningPlatform, startPlatform } from './support/platform.js';

const SITE = 'rs-youth-nes-csw';
const API = `/api/sites/${SITE}`;
const TODAY = new Date().toISOString().slice(0, 10);
/** Values of fields the CSW → NES protocol does not share: they must never reach the NES screens. */
const UNSHARED = ['Tajna ulica 42', 'UNSHARED-NEEDS-8812', 'UNSHARED-RISK-6604'];
const ui = (table: MessageTable, id: string, params: MessageParams = {}) =>
  formatMessage(table, id, 'sr-Latn', params);

type Sent = { id: string };

/**
 * A young person registered by the Centre for Social Work, with the forms the CSW → NES
 * employability protocol shares, the client's written consent, and `count` referrals sent to the
 * National Employment Service, sent through the API as the integration test does: this journey is
 * about the receiving side. The sending UI (draft and send) landed while it was written; driving
 * the sending through it here is still to do.
 */
async function sentReferrals(base: string, firstName: string, jmbg: string, count: number): Promise<Sent[]> {
  const csw = await ApiSession.signIn(base, 'paracin.csw_case_manager');
  const { person } = await csw.call<{ person: { id: string } }>('POST', `${API}/persons`, {
    data: {
      firstName,
      lastName: 'Petrović',
      sex: 'male',
      dateOfBirth: '2004-06-01',
      jmbg,
      address: { street: UNSHARED[0], municipality: 'paracin' },
      phone: '+381641234567',
      preferredLocale: 'sr-Latn',
      schoolCompleted: 'OŠ Paraćin',
    },
    confirmedNew: true,
  });
  let view = (
    await csw.call<{ case: { case: { id: string; version: number } } }>('POST', `${API}/cases`, {
      personId: person.id,
    })
  ).case;
  const forms: [string, Record<string, unknown>][] = [
    [
      'reception',
      {
        receptionDate: TODAY,
        entryPoint: 'csw',
        targetGroups: ['leaving_care'],
        knownToCsw: true,
        registeredWithNes: false,
        rightsExplained: ['csw_services', 'ms_benefit', 'nes_registration', 'nes_programmes'],
        voluntaryParticipation: true,
        urgency: 'routine',
        lifeComplexity: 'medium',
      },
    ],
    [
      'csw-initial-assessment',
      {
        assessmentDate: TODAY,
        needs: UNSHARED[1],
        strengths: 'Good with tools',
        risks: UNSHARED[2],
        motivation: 'high',
        lifeComplexity: 'medium',
        directionalAssessment: ['none'],
        inNeedOfService: true,
        sufficientMotivation: true,
      },
    ],
  ];
  for (const [formId, data] of forms)
    view = (
      await csw.call<{ case: typeof view }>('POST', `${API}/cases/${view.case.id}/forms/${formId}`, {
        data,
        version: view.case.version,
      })
    ).case;
  await csw.call('POST', `${API}/persons/${person.id}/consents`, {
    purpose: 'csw-nes-exchange',
    givenBy: 'client',
    mode: 'written',
    evidence: 'Saglasnost br. 12/2025',
  });
  const sent: Sent[] = [];
  for (let i = 0; i < count; i++) {
    const created = await csw.call<{ referral: { referral: { id: string }; version: number } }>(
      'POST',
      `${API}/cases/${view.case.id}/referrals`,
      { protocol: 'csw-to-nes-employability', reason: 'employability_assessment' },
    );
    const id = created.referral.referral.id;
    const filled = await csw.call<{ referral: { version: number } }>(
      'POST',
      `${API}/referrals/${id}/forms/referral-csw-nes`,
      {
        data: {
          direction: 'csw_to_nes',
          referralDate: TODAY,
          firstName,
          lastName: 'Petrović',
          dateOfBirth: '2004-06-01',
          reasonForReferral: 'Total employability assessment',
          clientReadAndSigned: true,
        },
        version: created.referral.version,
      },
    );
    await csw.call('POST', `${API}/referrals/${id}/actions`, {
      type: 'send',
      version: filled.referral.version,
    });
    sent.push({ id });
  }
  return sent;
}

/**
 * Referrals at Paraćin (Serbian Latin, 10-inch tablet): the NES employment counsellor finds a
 * referral from the Centre for Social Work in the inbox and in My work, sees only the shared
 * fields, accepts, starts, sends the counter-referral and completes it; the CSW case manager reads
 * the counter-referral on the referral page; a second referral is declined with a reason.
 */
describe('referral round trip at Paraćin (Serbian Latin, tablet)', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let j: Journey;
  let first: Sent;
  let second: Sent;

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchBrowser(TABLET);
    j = new Journey(browser.page, platform.url, `${SITE}-referrals`);
    [first, second] = (await sentReferrals(platform.url, 'Marko', '0106004710011', 2)) as [Sent, Sent];
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await j.failed(task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  async function signIn(username: string) {
    await j.signIn(username);
    await j.page.getByLabel(/^(Језик|Jezik|Language)$/).selectOption('sr-Latn');
    await j.page.getByRole('heading', { level: 1, name: 'Moj rad' }).waitFor();
  }

  it('the NES counsellor sees the referrals waiting in My work and in the inbox', async () => {
    const { page } = j;
    await signIn('paracin.nes_employment_counsellor');
    const waiting = page.locator('section.waiting-referrals');
    await waiting.getByRole('heading', { name: new RegExp(ui(INBOX_MESSAGES, 'waitingTitle')) }).waitFor();
    expect(await waiting.locator('h2 .count').textContent()).toBe('2');
    expect(await waiting.textContent()).toContain('Marko Petrović');
    await j.checkpoint('my-work-waiting');
    await j.link(ui(INBOX_MESSAGES, 'nav')).click();
    await page.getByRole('heading', { level: 1, name: ui(INBOX_MESSAGES, 'title') }).waitFor();
    const table = page.locator('table.referral-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(2);
    expect(await table.textContent()).toContain(ui(REFERRAL_MESSAGES, 'status_requested'));
    for (const secret of UNSHARED) expect(await page.content()).not.toContain(secret);
    await j.checkpoint('inbox');
    await j.button(new RegExp(`^${ui(INBOX_MESSAGES, 'filter_closed')}`)).click();
    await page.getByText(ui(INBOX_MESSAGES, 'none')).waitFor();
    await j.button(new RegExp(`^${ui(INBOX_MESSAGES, 'filter_waiting')}`)).click();
    await table.waitFor();
  });

  it('opens the referral: only shared fields, then receives, accepts and starts', async () => {
    const { page } = j;
    await page.goto(`${platform.url}/sites/${SITE}/referrals/${first.id}`);
    await page.getByRole('heading', { level: 2, name: ui(REFERRAL_DATA_MESSAGES, 'sharedTitle') }).waitFor();
    const shared = page.locator('section[aria-labelledby=shared-title]');
    expect(await shared.textContent()).toContain('0106004710011');
    expect(await shared.textContent()).toContain('Good with tools');
    for (const secret of UNSHARED) expect(await page.content()).not.toContain(secret);
    expect(await page.getByRole('link', { name: ui(REFERRAL_DATA_MESSAGES, 'openCase') }).count()).toBe(0);
    await j.checkpoint('referral-received');
    await j.button(ui(REFERRAL_ACTION_MESSAGES, 'action_receive')).click();
    await page
      .getByText(ui(REFERRAL_ACTION_MESSAGES, 'done', { status: ui(REFERRAL_MESSAGES, 'status_received') }))
      .waitFor();
    await j.button(ui(REFERRAL_ACTION_MESSAGES, 'action_accept')).click();
    await page
      .getByText(ui(REFERRAL_ACTION_MESSAGES, 'done', { status: ui(REFERRAL_MESSAGES, 'status_accepted') }))
      .waitFor();
    await j.button(ui(REFERRAL_DATA_MESSAGES, 'openCurrent')).click();
    await page.locator('section[aria-labelledby=current-title]').waitFor();
    for (const secret of UNSHARED) expect(await page.content()).not.toContain(secret);
    await j.checkpoint('current-data');
    await j.button(ui(REFERRAL_ACTION_MESSAGES, 'action_start')).click();
    await page
      .getByText(
        ui(REFERRAL_ACTION_MESSAGES, 'done', { status: ui(REFERRAL_MESSAGES, 'status_in_progress') }),
      )
      .waitFor();
  });

  it('completing before the counter-referral is refused in words; after it, the referral completes', async () => {
    const { page } = j;
    await j.button(ui(REFERRAL_ACTION_MESSAGES, 'action_complete')).click();
    await page.locator('section[aria-labelledby=referral-actions-title] .notice-error li').first().waitFor();
    await j.checkpoint('complete-refused');
    await j.fill({
      feedbackDate: TODAY,
      serviceProvided: 'completed',
      result: 'Assessed: ready for a programme',
    });
    await j.checkpoint('counter-referral-filled');
    await j.button(ui(REFERRAL_DATA_MESSAGES, 'counterSubmit')).click();
    await page.getByText(ui(REFERRAL_DATA_MESSAGES, 'counterSent')).waitFor();
    await j.button(ui(REFERRAL_ACTION_MESSAGES, 'action_complete')).click();
    await page
      .getByText(ui(REFERRAL_ACTION_MESSAGES, 'done', { status: ui(REFERRAL_MESSAGES, 'status_completed') }))
      .waitFor();
    const timeline = page.locator('ol.timeline');
    expect(await timeline.textContent()).toContain(ui(REFERRAL_MESSAGES, 'event_start'));
    await j.checkpoint('completed');
  });

  it('the second referral is declined with a reason of the protocol', async () => {
    const { page } = j;
    await page.goto(`${platform.url}/sites/${SITE}/referrals/${second.id}`);
    await j.button(ui(REFERRAL_ACTION_MESSAGES, 'action_decline')).click();
    const dialog = page.locator('dialog');
    await dialog.getByRole('button', { name: ui(REFERRAL_ACTION_MESSAGES, 'confirm') }).click();
    await dialog.getByText(ui(REFERRAL_ACTION_MESSAGES, 'reasonRequired')).waitFor();
    await dialog.getByLabel(ui(REFERRAL_ACTION_MESSAGES, 'declineReason')).selectOption('no_capacity');
    await dialog.getByLabel(ui(REFERRAL_ACTION_MESSAGES, 'note')).fill('Nema mesta do juna');
    await j.checkpoint('decline-dialog');
    await dialog.getByRole('button', { name: ui(REFERRAL_ACTION_MESSAGES, 'confirm') }).click();
    await page
      .getByText(ui(REFERRAL_ACTION_MESSAGES, 'done', { status: ui(REFERRAL_MESSAGES, 'status_rejected') }))
      .waitFor();
    expect(await page.locator('ol.timeline').textContent()).toContain('Nema mesta do juna');
    await j.checkpoint('declined');
    await j.signOut('Odjava');
  });

  it('the CSW case manager reads the counter-referral on the referral page', async () => {
    const { page } = j;
    await signIn('paracin.csw_case_manager');
    await j.link(ui(INBOX_MESSAGES, 'nav')).click();
    await j.link(ui(INBOX_MESSAGES, 'box_outgoing')).click();
    const table = page.locator('table.referral-table');
    await table.getByText(ui(REFERRAL_MESSAGES, 'status_completed')).waitFor();
    await j.checkpoint('sent-box');
    await page.goto(`${platform.url}/sites/${SITE}/referrals/${first.id}`);
    const counter = page.locator('section[aria-labelledby=counter-title]');
    await counter.getByText('Assessed: ready for a programme').waitFor();
    await page.getByRole('link', { name: ui(REFERRAL_DATA_MESSAGES, 'openCase') }).waitFor();
    await j.checkpoint('sender-sees-counter-referral');
    expect(j.problems).toEqual([]);
  });
});
