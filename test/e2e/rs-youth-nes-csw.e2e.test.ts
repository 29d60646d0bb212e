import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CASE_MESSAGES } from '../../runtime-ui/src/cases/case-messages.js';
import { SHELL_MESSAGES } from '../../runtime-ui/src/common/shell-messages.js';
import { type Browser, LAPTOP, launchBrowser } from './support/browser.js';
import { CaseSteps } from './support/case-steps.js';
import { Journey } from './support/journey.js';
import { type RunningPlatform, startPlatform } from './support/platform.js';
import { scenario, submission } from './support/scenarios.js';
import { SiteTexts } from './support/site-texts.js';

const SITE = 'rs-youth-nes-csw';

/**
 * Paraćin, in Serbian Cyrillic, on a laptop: the CSW case manager screens a 32-year-old (not in
 * the pilot's target group: told why, closed), takes a young care leaver through reception,
 * assessment and joint planning with the MDT; the head of service returns the joint plan with a
 * comment, then approves it; the move to implementation waits for the employment service's
 * assessment and says so, so the case manager switches to their employment-service membership to
 * record it; implementation, a contact note, a review, closure with approval, re-opening.
 */
describe('Paraćin youth journey (Serbian Cyrillic, laptop)', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let j: Journey;
  let steps: CaseSteps;
  const tx = new SiteTexts(SITE, 'sr-Cyrl');
  const happy = scenario(SITE, 'happy path');
  const tooOld = scenario(SITE, '32-year-old');
  const withdraws = scenario(SITE, 'young person withdraws');
  const client = happy.person as Record<string, unknown>;
  const older = { ...(tooOld.person as Record<string, unknown>), jmbg: '0505992780019' };
  let caseId = '';
  const signOut = () => j.signOut(tx.ui(SHELL_MESSAGES, 'signOut'));

  beforeAll(async () => {
    // The case manager also works for the employment service (co-located staff): two memberships.
    platform = await startPlatform([
      {
        username: 'paracin.csw_case_manager',
        siteId: SITE,
        partnerId: 'nes-paracin',
        roleId: 'nes_employment_counsellor',
      },
    ]);
    browser = await launchBrowser(LAPTOP);
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

  it('the case manager works in Serbian Cyrillic, and can switch script', async () => {
    await j.signIn('paracin.csw_case_manager');
    expect(await j.page.getByRole('heading', { level: 1 }).textContent()).toBe('Мој рад');
    await expect(j.link('Пронађи или упиши особу').isVisible()).resolves.toBe(true);
    await j.checkpoint('my-work');
    await j.page.getByLabel('Језик').selectOption('sr-Latn');
    await j.page.getByRole('heading', { level: 1, name: 'Moj rad' }).waitFor();
    await j.checkpoint('my-work-latin');
    await j.page.getByLabel('Jezik').selectOption('sr-Cyrl');
    await j.page.getByRole('heading', { level: 1, name: 'Мој рад' }).waitFor();
  });

  it('a 32-year-old is not in the target group: the reasons are shown and the case closes', async () => {
    await steps.findPersons();
    await steps.startRegistration(older);
    expect((await steps.register()).status()).toBe(201);
    await j.page.waitForURL(/\/persons\/[0-9a-f-]{30,}$/);
    await steps.openCase();
    await steps.submitForm('reception', submission(tooOld, 'reception'));
    await expect(j.button(tx.transition('to-assessment')).isDisabled()).resolves.toBe(true);
    await expect(steps.blockedReasons('to-assessment').textContent()).resolves.toContain(
      tx.ui(CASE_MESSAGES, 'notYet'),
    );
    await j.checkpoint('not-in-target-group');
    await steps.closeWith('close-not-eligible');
    await expect(steps.statusBadge().textContent()).resolves.toBe('Затворен');
  });

  it('registers the young person, seeing the duplicate check, and opens the case', async () => {
    await steps.findPersons();
    await steps.startRegistration(client);
    await j.checkpoint('registration-form');
    expect((await steps.register()).status()).toBe(201);
    await j.page.waitForURL(/\/persons\/[0-9a-f-]{30,}$/);
    const first = j.page.url();
    await steps.findPersons();
    await steps.search('Јовановић');
    await j.checkpoint('search-found');
    await steps.startRegistration(client);
    expect((await steps.register()).status()).toBe(409);
    await j.checkpoint('duplicate-candidates');
    await j.page
      .locator('dialog')
      .getByRole('link', { name: /Јовановић/ })
      .click();
    await j.page.waitForURL(first);
    caseId = await steps.openCase();
    await expect(j.page.locator('.case-header h1').textContent()).resolves.toBe('Марко Јовановић');
  });

  it('reception, assessment and joint planning with the MDT; approval is requested', async () => {
    await steps.submitForm('reception', submission(happy, 'reception'));
    await steps.advance('to-assessment');
    await steps.submitForm('csw-initial-assessment', submission(happy, 'csw-initial-assessment'));
    await steps.markDone('refer-to-nes');
    await steps.advance('to-planning');
    await j.checkpoint('planning-tasks');
    await steps.submitForm('case-conference', submission(happy, 'case-conference'));
    await steps.submitForm('emancipation-plan', submission(happy, 'emancipation-plan'));
    await steps.markDone('vocational-orientation');
    await steps.openForm('joint-plan');
    await j.fill(submission(happy, 'joint-plan'));
    await j.checkpoint('joint-plan-form');
    await steps.submitOpenForm('joint-plan');
    await steps.requestApproval('plan-approval');
    await signOut();
  });

  it('the head of service returns the joint plan with a comment, then approves the corrected one', async () => {
    await j.signIn('paracin.csw_head_of_service');
    await j.checkpoint('head-my-work');
    await steps.gotoCase(caseId);
    await steps.returnApproval('Додајте рок за прву активност.');
    await j.checkpoint('plan-returned');
    await signOut();
    await j.signIn('paracin.csw_case_manager');
    await steps.gotoCase(caseId);
    await expect(j.page.locator('.comment').textContent()).resolves.toContain('рок');
    await steps.submitForm('joint-plan', submission(happy, 'joint-plan'));
    await steps.requestApproval('plan-approval');
    await signOut();
    await j.signIn('paracin.csw_head_of_service');
    await steps.gotoCase(caseId);
    await steps.approve('Одобрено.');
    await signOut();
  });

  it('implementation waits for the employment service; the assessment is recorded under the NES membership', async () => {
    await j.signIn('paracin.csw_case_manager');
    await steps.gotoCase(caseId);
    await expect(j.button(tx.transition('to-implementation')).isDisabled()).resolves.toBe(true);
    await expect(steps.blockedReasons('to-implementation').textContent()).resolves.toContain(
      tx.task('nes-partner-assessment'),
    );
    await j.checkpoint('waits-for-nes');
    await steps.tab('plan');
    await j.checkpoint('joint-plan');
    const nes = `${tx.partner('nes-paracin')} · ${tx.role('nes_employment_counsellor')}`;
    const csw = `${tx.partner('csw-paracin')} · ${tx.role('csw_case_manager')}`;
    await j.page.getByLabel('Радим као').selectOption({ label: nes });
    await j.page.locator('.work-item', { hasText: tx.task('nes-partner-assessment') }).waitFor();
    await j.checkpoint('nes-my-work');
    await j.page.locator('.work-item a', { hasText: tx.task('nes-partner-assessment') }).click();
    await j.page.locator('.stage-bar').waitFor();
    await steps.submitForm('nes-employability-assessment', submission(happy, 'nes-employability-assessment'));
    await j.page.getByLabel('Радим као').selectOption({ label: csw });
    await j.page.getByRole('heading', { level: 1, name: 'Мој рад' }).waitFor();
    await steps.gotoCase(caseId);
    await steps.advance('to-implementation');
    await expect(steps.currentStage().textContent()).resolves.toBe(tx.stage('implementation'));
  });

  it('contact note, review, closure with approval, and re-opening for a new assessment', async () => {
    await steps.submitForm('contact-note', submission(happy, 'contact-note'));
    await steps.submitForm('revision-evaluation', submission(happy, 'revision-evaluation'));
    await steps.tab('notes');
    await j.checkpoint('notes-and-reviews');
    await steps.submitForm('closure', submission(withdraws, 'closure'));
    await steps.requestApproval('closure-approval');
    await signOut();
    await j.signIn('paracin.csw_head_of_service');
    await steps.gotoCase(caseId);
    await steps.approve();
    await signOut();
    await j.signIn('paracin.csw_case_manager');
    await steps.gotoCase(caseId);
    await steps.closeCase('withdrew');
    await expect(steps.statusBadge().textContent()).resolves.toBe('Затворен');
    await j.checkpoint('closed');
    await steps.reopen();
    await expect(steps.currentStage().textContent()).resolves.toBe(tx.stage('assessment'));
    await expect(steps.blockedReasons('to-planning').textContent()).resolves.toContain(
      tx.form('csw-initial-assessment'),
    );
    await j.checkpoint('reopened');
  });

  it('no page had serious or critical accessibility problems or sideways overflow', () => {
    expect(j.problems).toEqual([]);
  });
});
