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
import {
  PARACIN_UNSHARED,
  paracinAssessment,
  paracinReception,
  paracinYoungPerson,
} from '../support/site-clients/paracin-young-person.js';
import { ApiSession, openCaseThroughApi } from './support/api-session.js';
import { type Browser, launchBrowser, TABLET } from './support/browser.js';
import { Journey } from './support/journey.js';
import { type RunningPlatform, startPlatform } from './support/platform.js';
import { ReferralSteps } from './support/referral-steps.js';
import { SiteTexts } from './support/site-texts.js';

const SITE = 'rs-youth-nes-csw';
const API = `/api/sites/${SITE}`;
const TODAY = new Date().toISOString().slice(0, 10);
/** Values of fields the CSW → NES protocol does not share: they must never reach the NES screens. */
const UNSHARED = PARACIN_UNSHARED.slice(0, 3);
const ui = (table: MessageTable, id: string, params: MessageParams = {}) =>
  formatMessage(table, id, 'sr-Latn', params);

type Sent = { id: string };

const REFERRAL_FORM = {
  direction: 'csw_to_nes',
  referralDate: TODAY,
  firstName: 'Marko',
  lastName: 'Petrović',
  dateOfBirth: '2004-06-01',
  reasonForReferral: 'Total employability assessment',
  clientReadAndSigned: true,
};

/**
 * A young person registered by the Centre for Social Work, with the forms the CSW → NES
 * employability protocol shares (through the API: the journey is about the referral).
 */
async function assessedCase(base: string, firstName: string, jmbg: string): Promise<{ caseId: string }> {
  const csw = await ApiSession.signIn(base, 'paracin.csw_case_manager');
  return openCaseThroughApi(csw, SITE, paracinYoungPerson({ firstName, jmbg }), [
    paracinReception(TODAY),
    paracinAssessment(TODAY, { needs: PARACIN_UNSHARED[1], risks: PARACIN_UNSHARED[2] }),
  ]);
}

/**
 * A second referral of the same case, sent through the API to keep this file short: it is only
 * there to be declined (sending through the UI is the first referral's, and `referral-sending`'s).
 * The client's written consent was recorded from the first referral's draft.
 */
async function sentThroughApi(base: string, caseId: string): Promise<Sent> {
  const csw = await ApiSession.signIn(base, 'paracin.csw_case_manager');
  const created = await csw.call<{ referral: { referral: { id: string }; version: number } }>(
    'POST',
    `${API}/cases/${caseId}/referrals`,
    { protocol: 'csw-to-nes-employability', reason: 'employability_assessment' },
  );
  const id = created.referral.referral.id;
  const filled = await csw.call<{ referral: { version: number } }>(
    'POST',
    `${API}/referrals/${id}/forms/referral-csw-nes`,
    { data: REFERRAL_FORM, version: created.referral.version },
  );
  await csw.call('POST', `${API}/referrals/${id}/actions`, {
    type: 'send',
    version: filled.referral.version,
  });
  return { id };
}

/**
 * Referrals at Paraćin (Serbian Latin, 10-inch tablet): the CSW case manager refers a young person
 * to the employment service from the case's Referrals tab (reason, written consent recorded from
 * the draft, the referral form, what will be shared) and sends it; the NES employment counsellor
 * finds it in the inbox and in My work, sees only the shared fields, accepts, starts, sends the
 * counter-referral and completes it; the CSW case manager reads the counter-referral on the
 * referral page and the case; a second referral is declined with a reason.
 */
describe('referral round trip at Paraćin (Serbian Latin, tablet)', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let j: Journey;
  let r: ReferralSteps;
  let caseId = '';
  let first: Sent;
  let second: Sent;
  const PROTOCOL = 'csw-to-nes-employability';

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchBrowser(TABLET);
    j = new Journey(browser.page, platform.url, `${SITE}-referrals`);
    r = new ReferralSteps(j, new SiteTexts(SITE, 'sr-Latn'));
    ({ caseId } = await assessedCase(platform.url, 'Marko', '0106004710011'));
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await j.failed(task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  const signIn = (username: string) => r.signIn(username);

  it('the CSW case manager refers Marko to the employment service from the case’s Referrals tab', async () => {
    await signIn('paracin.csw_case_manager');
    await r.referralsTab(caseId);
    first = { id: await r.startDraft(PROTOCOL, 'employability_assessment') };
    await r.consentMissing('csw-nes-exchange').waitFor();
    await j.checkpoint('draft-consent-missing');
    await r.recordConsent({ mode: 'written', evidence: 'Saglasnost br. 12/2025' });
    await r.fillReferralForm(REFERRAL_FORM);
    const shared = await r.sharedPreview().textContent();
    expect(shared).toContain('0106004710011');
    for (const secret of UNSHARED) expect(shared).not.toContain(secret);
    await j.checkpoint('draft-ready');
    await r.send(PROTOCOL);
    await j.checkpoint('referral-sent');
    second = await sentThroughApi(platform.url, caseId);
    await r.signOut();
  });

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
    await r.referralsTab(caseId);
    await r.caseItem(PROTOCOL, first.id).getByText(ui(REFERRAL_MESSAGES, 'status_completed')).waitFor();
    await r.caseItem(PROTOCOL, second.id).getByText(ui(REFERRAL_MESSAGES, 'status_rejected')).waitFor();
    await j.checkpoint('case-referrals');
    expect(j.problems).toEqual([]);
  });
});
