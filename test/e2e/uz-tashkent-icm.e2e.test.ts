import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CASE_MESSAGES } from '../../runtime-ui/src/cases/case-messages.js';
import { SHELL_MESSAGES } from '../../runtime-ui/src/common/shell-messages.js';
import { PERSON_MESSAGES } from '../../runtime-ui/src/persons/person-messages.js';
import { SUPERVISION_MESSAGES } from '../../runtime-ui/src/supervision/supervision-messages.js';
import { WORK_MESSAGES } from '../../runtime-ui/src/work/work-messages.js';
import { type Browser, launchBrowser, TABLET } from './support/browser.js';
import { CaseSteps } from './support/case-steps.js';
import { Journey } from './support/journey.js';
import { type RunningPlatform, startPlatform } from './support/platform.js';
import { scenario, submission } from './support/scenarios.js';
import { SiteTexts } from './support/site-texts.js';

const SITE = 'uz-tashkent-icm';

/**
 * Tashkent, in Uzbek, on a 10-inch tablet: the outreach worker records the first contact, the case
 * manager screens (an ineligible client is told why and closed), assesses, profiles and plans; the
 * supervisor returns the plan with a comment, then approves it; the case is reviewed, closed with
 * the closure form and approval, and re-opened.
 */
describe('Tashkent ICM journey (Uzbek, tablet)', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let j: Journey;
  let steps: CaseSteps;
  const tx = new SiteTexts(SITE, 'uz');
  const happy = scenario(SITE, 'Happy path');
  const ineligibleScenario = scenario(SITE, 'Ineligible');
  const client = happy.person as Record<string, unknown>;
  const ineligible = {
    ...(ineligibleScenario.person as Record<string, unknown>),
    lastName: 'Yusupova',
    firstName: 'Malika',
    patronymic: 'Anvarovna',
    jshshir: '41204901230099',
    birthDate: '1988-09-03',
  };
  const cases: { happy?: string; ineligible?: string } = {};

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchBrowser(TABLET);
    j = new Journey(browser.page, platform.url, SITE);
    steps = new CaseSteps(j, tx);
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await j.failed(task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('the case manager signs in and works in Uzbek', async () => {
    await j.signIn('tashkent.case_manager');
    await j.checkpoint('my-work');
    // Translated UI words and definition texts.
    expect(await j.page.getByRole('heading', { level: 1 }).textContent()).toBe('Mening ishim');
    await expect(j.link("Shaxsni topish yoki ro'yxatga olish").isVisible()).resolves.toBe(true);
    await expect(j.page.locator('.site-name').textContent()).resolves.toContain('Toshkent');
    expect(tx.ui(WORK_MESSAGES, 'title')).toBe('Mening ishim');
  });

  it('registers two clients, seeing the duplicate check once', async () => {
    await steps.findPersons();
    await steps.search('Karimova');
    await j.checkpoint('search-nobody');
    // Submitting an empty form: every missing answer is listed, and shown beside its field.
    await steps.startRegistration({});
    await j.button(tx.ui(PERSON_MESSAGES, 'registerSubmit')).click();
    await j.page.locator('.form-editor .notice-error').waitFor();
    await expect(j.page.locator('.form-editor .notice-error').textContent()).resolves.toContain(
      'Yuborishdan oldin quyidagi javoblarni tuzating',
    );
    await expect(j.page.locator('.field-errors').count()).resolves.toBeGreaterThan(2);
    await j.checkpoint('registration-errors');
    await steps.findPersons();
    await steps.startRegistration(client);
    await j.checkpoint('registration-form');
    expect((await steps.register()).status()).toBe(201);
    await j.page.waitForURL(/\/persons\/[0-9a-f-]{30,}$/);
    const first = j.page.url();
    await j.checkpoint('person');
    // The same person again: the duplicate candidates come before anyone is created.
    await steps.findPersons();
    await steps.startRegistration({ ...client, firstName: 'Dilnoza', jshshir: '41204901230017' });
    expect((await steps.register()).status()).toBe(409);
    const dialog = j.page.locator('dialog');
    await expect(dialog.getByRole('heading').textContent()).resolves.toBe(
      tx.ui(PERSON_MESSAGES, 'duplicatesTitle'),
    );
    await j.checkpoint('duplicate-candidates');
    await dialog.getByRole('link', { name: /Karimova/ }).click();
    await j.page.waitForURL(first);
    cases.happy = await steps.openCase();
    await j.checkpoint('case-opened');
    await steps.addToTeam(tx.role('outreach_worker'), 'outreach_worker');
    await j.checkpoint('team');

    await steps.findPersons();
    await steps.startRegistration(ineligible);
    expect((await steps.register()).status()).toBe(201);
    await j.page.waitForURL(/\/persons\/[0-9a-f-]{30,}$/);
    cases.ineligible = await steps.openCase();
    await steps.addToTeam(tx.role('outreach_worker'), 'outreach_worker');
    await j.signOut(tx.ui(SHELL_MESSAGES, 'signOut'));
  });

  it('the outreach worker records the first contacts from their work list', async () => {
    await j.signIn('tashkent.outreach_worker');
    // My work loads after sign-in: wait for the second item before counting.
    await j.page.locator('.work-item').nth(1).waitFor();
    await expect(j.page.locator('.work-item').count()).resolves.toBe(2);
    await j.checkpoint('outreach-work');
    for (const [id, data] of [
      [cases.happy, submission(happy, 'outreach-contact')],
      [cases.ineligible, submission(ineligibleScenario, 'outreach-contact')],
    ] as const) {
      await steps.gotoCase(id as string);
      await steps.submitForm('outreach-contact', data);
      // Handing over with consent moves the case on by itself.
      await expect(steps.currentStage().textContent()).resolves.toBe(tx.stage('onboarding'));
    }
    await j.signOut(tx.ui(SHELL_MESSAGES, 'signOut'));
  });

  it('an ineligible client is told why, and the case closes as not eligible', async () => {
    await j.signIn('tashkent.case_manager');
    await steps.gotoCase(cases.ineligible as string);
    await steps.submitForm('onboarding-consent', submission(ineligibleScenario, 'onboarding-consent'));
    const reasons = steps.blockedReasons('to-needs-assessment');
    await expect(reasons.textContent()).resolves.toContain(tx.ui(CASE_MESSAGES, 'notYet'));
    await expect(j.button(tx.transition('to-needs-assessment')).isDisabled()).resolves.toBe(true);
    await j.checkpoint('ineligible-explained');
    await steps.closeWith('close-not-eligible');
    await expect(steps.statusBadge().textContent()).resolves.toBe(tx.ui(CASE_MESSAGES, 'status_closed'));
    await j.checkpoint('ineligible-closed');
  });

  it('the eligible client is assessed, profiled and planned, and approval is requested', async () => {
    await steps.gotoCase(cases.happy as string);
    await steps.submitForm('onboarding-consent', submission(happy, 'onboarding-consent'));
    await steps.advance('to-needs-assessment');
    await steps.submitForm('needs-assessment', submission(happy, 'needs-assessment'));
    await steps.advance('to-profiling');
    await steps.submitForm('profiling', submission(happy, 'profiling'));
    await steps.advance('to-planning');
    await steps.openForm('action-plan');
    await j.fill(submission(happy, 'action-plan'));
    await j.checkpoint('action-plan-form');
    await steps.submitOpenForm('action-plan');
    await steps.tab('plan');
    await j.checkpoint('action-plan');
    await steps.requestApproval('iap-approval');
    await j.checkpoint('approval-requested');
    await j.signOut(tx.ui(SHELL_MESSAGES, 'signOut'));
  });

  it('the supervisor returns the plan with a comment', async () => {
    await j.signIn('tashkent.supervisor');
    await j.link(tx.ui(SHELL_MESSAGES, 'supervision')).click();
    await j.page.getByRole('heading', { name: tx.ui(SUPERVISION_MESSAGES, 'caseloads') }).waitFor();
    await j.checkpoint('supervision');
    await j.page.locator('.work-item a', { hasText: tx.approval('iap-approval') }).click();
    await j.page.locator('.stage-bar').waitFor();
    await steps.returnApproval("1-qadam uchun Monomarkazdagi mas'ul shaxsni yozing.");
    await j.checkpoint('plan-returned');
    await j.signOut(tx.ui(SHELL_MESSAGES, 'signOut'));
  });

  it('the case manager corrects the plan and the supervisor approves it', async () => {
    await j.signIn('tashkent.case_manager');
    await steps.gotoCase(cases.happy as string);
    await expect(j.page.locator('.comment').textContent()).resolves.toContain('Monomarkaz');
    await steps.submitForm('action-plan', submission(happy, 'action-plan', 1));
    await steps.requestApproval('iap-approval');
    await j.signOut(tx.ui(SHELL_MESSAGES, 'signOut'));
    await j.signIn('tashkent.supervisor');
    await steps.gotoCase(cases.happy as string);
    await steps.approve();
    await j.checkpoint('plan-approved');
    await j.signOut(tx.ui(SHELL_MESSAGES, 'signOut'));
  });

  it('referrals, a review, the printed plan, closure with approval, and re-opening', async () => {
    await j.signIn('tashkent.case_manager');
    await steps.gotoCase(cases.happy as string);
    await steps.advance('to-referral');
    await steps.markDone('send-referrals');
    // The follow-up review is due every 4 weeks; it can be brought forward a week.
    const reviewDate = j.page.getByLabel(/Kuzatuv va tahlil/);
    const due = new Date(`${await reviewDate.inputValue()}T00:00:00Z`);
    await reviewDate.fill(new Date(due.getTime() - 7 * 86_400_000).toISOString().slice(0, 10));
    await steps.act(() => j.button("Sanani o'zgartirish").click());
    await j.checkpoint('review-brought-forward');
    await steps.submitForm('follow-up-reflection', submission(happy, 'follow-up-reflection'));
    await steps.tab('plan');
    await j.link(/Mijoz nusxasini chop etish/).click();
    await j.page.locator('.print-document').waitFor();
    await j.checkpoint('print-plan');
    await j.page.goBack();
    await steps.submitForm('case-closure', submission(happy, 'case-closure'));
    await steps.requestApproval('closure-approval');
    await j.signOut(tx.ui(SHELL_MESSAGES, 'signOut'));
    await j.signIn('tashkent.supervisor');
    await steps.gotoCase(cases.happy as string);
    await steps.approve('Yaxshi ish.');
    await j.signOut(tx.ui(SHELL_MESSAGES, 'signOut'));
    await j.signIn('tashkent.case_manager');
    await steps.gotoCase(cases.happy as string);
    await steps.closeCase('employed_open_market');
    await expect(steps.statusBadge().textContent()).resolves.toBe(tx.ui(CASE_MESSAGES, 'status_closed'));
    await j.checkpoint('closed');
    await steps.reopen();
    await expect(steps.currentStage().textContent()).resolves.toBe(tx.stage('needs-assessment'));
    await steps.tab('history');
    await j.checkpoint('reopened-history');
  });

  it('no page had serious or critical accessibility problems or sideways overflow', () => {
    expect(j.problems).toEqual([]);
  });
});
