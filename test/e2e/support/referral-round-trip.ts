import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { UiLocale } from '../../../runtime-ui/src/common/ui-locales.js';
import { INBOX_MESSAGES } from '../../../runtime-ui/src/inbox/inbox-messages.js';
import { REFERRAL_DATA_MESSAGES } from '../../../runtime-ui/src/referrals/view/referral-data-messages.js';
import { REFERRAL_MESSAGES } from '../../../runtime-ui/src/referrals/view/referral-messages.js';
import { type Browser, launchBrowser, TABLET } from './browser.js';
import { Journey } from './journey.js';
import { type RunningPlatform, startPlatform } from './platform.js';
import { type ConsentGiven, ReferralSteps } from './referral-steps.js';
import { SiteTexts } from './site-texts.js';

/** One site's referral round trip between two partners on the system, driven through the UI. */
export type RoundTrip = {
  readonly site: string;
  readonly locale: UiLocale;
  /** The folder of the screenshots. */
  readonly folder: string;
  readonly sender: string;
  readonly receiver: string;
  /** The case the referral is about, with its earlier forms, set up through the API. */
  setUp(base: string): Promise<{ caseId: string }>;
  readonly protocol: string;
  readonly reason: string;
  readonly consentPurpose: string;
  readonly consent: ConsentGiven;
  readonly referralForm: Record<string, unknown>;
  /** The client's name as the lists show it. */
  readonly clientName: string;
  /** A value the protocol shares: the receiver sees it. */
  readonly sharedValue: string;
  /** Values the protocol does not share: they must never reach the receiver's screens. */
  readonly unshared: readonly string[];
  readonly counterReferral: Record<string, unknown>;
  /** A value of the counter-referral the sender reads back. */
  readonly counterValue: string;
};

/**
 * The whole round trip in the UI: the sender refers from the case's Referrals tab (reason, referral
 * form, consent recorded from the draft, what will be shared) and sends; the receiver finds it in
 * My work and the inbox, opens it (only the shared fields), receives, accepts, starts, sends the
 * counter-referral and completes; the sender reads the outcome on the referral page and the case.
 */
export function describeRoundTrip(title: string, trip: RoundTrip): void {
  describe(title, () => {
    let platform: RunningPlatform;
    let browser: Browser;
    let j: Journey;
    let r: ReferralSteps;
    let caseId = '';
    let referralId = '';
    const tx = new SiteTexts(trip.site, trip.locale);
    const noSecrets = async () => {
      const html = await j.page.content();
      for (const secret of trip.unshared) expect(html, `the page shows ${secret}`).not.toContain(secret);
    };

    beforeAll(async () => {
      platform = await startPlatform();
      browser = await launchBrowser(TABLET);
      j = new Journey(browser.page, platform.url, trip.folder);
      r = new ReferralSteps(j, tx);
      ({ caseId } = await trip.setUp(platform.url));
    });

    afterEach(async ({ task }) => {
      if (task.result?.state === 'fail') await j.failed(task.name);
    });

    afterAll(async () => {
      await browser?.close();
      await platform?.stop();
    });

    it('the sender starts a referral from the case’s Referrals tab', async () => {
      await r.signIn(trip.sender);
      await r.referralsTab(caseId);
      await j.checkpoint('case-referrals');
      referralId = await r.startDraft(trip.protocol, trip.reason, 'start-referral');
      await r.consentMissing(trip.consentPurpose).waitFor();
      await j.checkpoint('draft');
    });

    it('records the consent from the draft, fills in the referral form and sends it', async () => {
      await r.recordConsent(trip.consent, 'record-consent');
      await r.fillReferralForm(trip.referralForm);
      const shared = await r.sharedPreview().textContent();
      expect(shared).toContain(trip.sharedValue);
      for (const secret of trip.unshared) expect(shared).not.toContain(secret);
      await j.checkpoint('draft-ready');
      const item = await r.send(trip.protocol);
      expect(await item.textContent()).toContain(r.s('status_requested'));
      await j.checkpoint('sent');
      await r.signOut();
    });

    it('the receiver finds it in My work and in the inbox, without the unshared fields', async () => {
      const { page } = j;
      await r.signIn(trip.receiver);
      const waiting = page.locator('section.waiting-referrals');
      await waiting.getByText(trip.clientName).waitFor();
      expect(await waiting.locator('h2 .count').textContent()).toBe('1');
      await j.checkpoint('my-work-waiting');
      await j.link(tx.ui(INBOX_MESSAGES, 'nav')).click();
      await page.getByRole('heading', { level: 1, name: tx.ui(INBOX_MESSAGES, 'title') }).waitFor();
      const table = page.locator('table.referral-table');
      await table.waitFor();
      expect(await table.locator('tbody tr').count()).toBe(1);
      expect(await table.textContent()).toContain(tx.ui(REFERRAL_MESSAGES, 'status_requested'));
      await noSecrets();
      await j.checkpoint('inbox');
    });

    it('opens it: only the shared fields; receives, accepts and starts', async () => {
      const { page } = j;
      await page.locator('table.referral-table').getByRole('link', { name: trip.clientName }).click();
      await page.waitForURL(new RegExp(`/referrals/${referralId}$`));
      await r.sharedData().getByText(trip.sharedValue).first().waitFor();
      await noSecrets();
      expect(await page.getByRole('link', { name: tx.ui(REFERRAL_DATA_MESSAGES, 'openCase') }).count()).toBe(
        0,
      );
      await j.checkpoint('referral-received');
      await r.act('receive');
      await r.act('accept');
      await r.act('start');
      await noSecrets();
      await j.checkpoint('started');
    });

    it('sends the counter-referral and completes the referral', async () => {
      await r.sendCounterReferral(trip.counterReferral, 'counter-referral-filled');
      await r.act('complete');
      await r.counterReferral().getByText(trip.counterValue).first().waitFor();
      await noSecrets();
      await j.checkpoint('completed');
      await r.signOut();
    });

    it('the sender reads the outcome on the case’s Referrals tab and the referral page', async () => {
      const { page } = j;
      await r.signIn(trip.sender);
      await r.referralsTab(caseId);
      const item = r.caseItem(trip.protocol);
      await item.getByText(r.s('status_completed')).waitFor();
      await j.checkpoint('case-referral-completed');
      await item.getByRole('link').first().click();
      await page.waitForURL(new RegExp(`/referrals/${referralId}$`));
      await r.counterReferral().getByText(trip.counterValue).first().waitFor();
      await page.getByRole('link', { name: tx.ui(REFERRAL_DATA_MESSAGES, 'openCase') }).waitFor();
      expect(await page.locator('ol.timeline').textContent()).toContain(
        tx.ui(REFERRAL_MESSAGES, 'event_complete'),
      );
      await j.checkpoint('sender-sees-counter-referral');
    });

    it('met every accessibility and layout check', () => {
      expect(j.problems).toEqual([]);
    });
  });
}
