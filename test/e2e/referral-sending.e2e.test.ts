import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CASE_MESSAGES } from '../../runtime-ui/src/cases/case-messages.js';
import { CONSENT_MESSAGES } from '../../runtime-ui/src/consent/consent-messages.js';
import { SENDING_MESSAGES } from '../../runtime-ui/src/referrals/case/sending-messages.js';
import {
  paracinAssessment,
  paracinJointPlan,
  paracinReception,
  paracinYoungPerson,
} from '../support/site-clients/paracin-young-person.js';
import { ApiSession, openCaseThroughApi } from './support/api-session.js';
import { type Browser, launchBrowser, TABLET } from './support/browser.js';
import { Journey } from './support/journey.js';
import { type RunningPlatform, startPlatform } from './support/platform.js';
import { SiteTexts } from './support/site-texts.js';

const SITE = 'rs-youth-nes-csw';
const TODAY = new Date().toISOString().slice(0, 10);

const CASE_FORMS = [
  paracinReception(TODAY),
  paracinAssessment(TODAY, { needs: 'Work experience', risks: 'None known' }),
  paracinJointPlan(TODAY, ['Employability assessment']),
];

/**
 * Paraćin, in Serbian Cyrillic, on a tablet: the CSW case manager opens a young person's case,
 * sees the services the client is eligible for and why, starts a referral to the employment
 * service, is told that no written consent covers it and records it from the draft, fills in the
 * referral form, sees exactly what will be shared and sends it; the case's Referrals section shows
 * it as sent. A signposting referral to the youth office (not on the system) ends with its letter,
 * printed in the client's language. The consent shows on the person page with the disclosure log.
 */
describe('sending a referral (Serbian Cyrillic, tablet)', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let j: Journey;
  let caseId = '';
  let personId = '';
  const tx = new SiteTexts(SITE, 'sr-Cyrl');
  const s = (id: string, params: Record<string, string> = {}) => tx.ui(SENDING_MESSAGES, id, params);
  const c = (id: string, params: Record<string, string> = {}) => tx.ui(CONSENT_MESSAGES, id, params);
  const protocolName = (id: string) => tx.text(tx.bundle.referrals[id]?.name);

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchBrowser(TABLET);
    j = new Journey(browser.page, platform.url, `${SITE}-referral-sending`);
    const csw = await ApiSession.signIn(platform.url, 'paracin.csw_case_manager');
    ({ personId, caseId } = await openCaseThroughApi(csw, SITE, paracinYoungPerson(), CASE_FORMS));
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await j.failed(task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('the case’s Referrals section lists the services with reasons and the protocols to send under', async () => {
    const { page } = j;
    await j.signIn('paracin.csw_case_manager');
    await page.goto(`${platform.url}/sites/${SITE}/cases/${caseId}`);
    await page
      .locator('nav.tabs')
      .getByRole('link', { name: tx.ui(CASE_MESSAGES, 'tab_referrals'), exact: true })
      .click();
    await page.getByRole('heading', { name: s('services'), level: 2 }).waitFor();
    await page.locator('.service-item').first().waitFor();
    expect(await page.getByText(s('noReferrals')).isVisible()).toBe(true);
    await page.locator('.service-item summary').first().click();
    await j.checkpoint('referrals-section');
  });

  it('starts a referral to the employment service: a draft, nothing shared yet', async () => {
    const { page } = j;
    const name = protocolName('csw-to-nes-employability');
    await j.button(s('referTo', { name })).click();
    const dialog = page.locator('dialog');
    await dialog.getByLabel(s('reason')).selectOption('employability_assessment');
    await j.checkpoint('start-referral');
    await dialog.getByRole('button', { name: s('startDraft') }).click();
    await page.waitForURL(/\/referrals\/[^/]+\/send$/);
    await page.getByRole('heading', { name, level: 1 }).waitFor();
  });

  it('says no written consent covers the employment service, and records it from the draft', async () => {
    const { page } = j;
    const purpose = tx.text(tx.bundle.site.consentPurposes?.find((p) => p.id === 'csw-nes-exchange')?.name);
    const missing = page.locator('.notice-warn').filter({ hasText: purpose });
    await missing.waitFor();
    expect(await missing.textContent()).toContain(s('writtenOnly'));
    await j.checkpoint('draft-consent-missing');
    await j.button(s('recordConsent')).click();
    const dialog = page.locator('dialog');
    expect(await dialog.getByRole('radio', { name: c('mode_verbal') }).isDisabled()).toBe(true);
    await dialog.getByLabel(c('evidence')).fill('Saglasnost br. 12/2025');
    await j.checkpoint('record-consent');
    await dialog.getByRole('button', { name: c('save') }).click();
    await page.locator('.notice-ok').filter({ hasText: purpose }).waitFor();
  });

  it('fills in the referral form, shows what will be shared, and sends it', async () => {
    const { page } = j;
    await j.fill({
      direction: 'csw_to_nes',
      referralDate: TODAY,
      firstName: 'Marko',
      lastName: 'Petrović',
      dateOfBirth: '2004-06-01',
      reasonForReferral: 'Total employability assessment',
      clientReadAndSigned: true,
    });
    await j.button(s('saveForm')).click();
    await page.getByText(s('formSaved')).waitFor();
    const shared = page.locator('section[aria-labelledby="draft-shared-title"]');
    expect(await shared.textContent()).toContain('0106004710011');
    expect(await shared.textContent()).not.toContain('Tajna ulica 42');
    await j.checkpoint('draft-ready');
    await j.button(s('send')).click();
    await page.waitForURL(/\/cases\/[^/?]+\?tab=referrals$/);
    const item = page.locator('.referral-item').filter({ hasText: protocolName('csw-to-nes-employability') });
    await item.waitFor();
    expect(await item.textContent()).toContain(s('status_requested'));
    await j.checkpoint('referral-sent');
  });

  it('a signposting referral to the youth office (not on the system) ends with its letter', async () => {
    const { page } = j;
    const name = protocolName('signpost-youth-office');
    await j.button(s('referTo', { name })).click();
    const dialog = page.locator('dialog');
    await dialog.getByLabel(s('reason')).selectOption('youth_activities');
    await dialog.getByRole('button', { name: s('startDraft') }).click();
    await page.waitForURL(/\/referrals\/[^/]+\/send$/);
    await j.button(s('recordConsent')).click();
    await page
      .locator('dialog')
      .getByRole('radio', { name: c('mode_verbal') })
      .check();
    await page
      .locator('dialog')
      .getByRole('button', { name: c('save') })
      .click();
    await page.locator('.notice-ok').waitFor();
    await j.fill({
      referralDate: TODAY,
      reason: 'Volunteering at the youth office',
      clientReadAndSigned: true,
    });
    await j.button(s('saveForm')).click();
    await page.getByText(s('formSaved')).waitFor();
    await j.button(s('send')).click();
    await page.waitForURL(/\/referrals\/[^/]+\/letter$/);
    const letter = page.locator('article.letter');
    await letter.waitFor();
    // The client's language (Serbian Latin), whatever the worker's.
    expect(await letter.getAttribute('lang')).toBe('sr-Latn');
    expect(await letter.textContent()).toContain('Marko');
    expect(await letter.textContent()).not.toContain('0106004710011');
    await j.checkpoint('referral-letter');
  });

  it('the person page lists the consents in force and the disclosure log for the client', async () => {
    const { page } = j;
    await page.goto(`${platform.url}/sites/${SITE}/persons/${personId}`);
    await page.getByRole('heading', { name: c('consents'), level: 2 }).waitFor();
    await page.locator('.consent-item').nth(1).waitFor();
    expect(await page.locator('.consent-active').count()).toBe(2);
    await page.locator('.disclosure-report li').first().waitFor();
    await j.checkpoint('person-consents');
    await j.link(c('showLog')).click();
    await page.locator('article.letter ol li').first().waitFor();
    expect(await page.locator('article.letter').getAttribute('lang')).toBe('sr-Latn');
    await j.checkpoint('disclosure-log');
  });

  it('met every accessibility and layout check', () => {
    expect(j.problems).toEqual([]);
  });
});
