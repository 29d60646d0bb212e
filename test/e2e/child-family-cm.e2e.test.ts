import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SHELL_MESSAGES } from '../../runtime-ui/src/common/shell-messages.js';
import { SUPERVISION_MESSAGES } from '../../runtime-ui/src/supervision/supervision-messages.js';
import { ApiSession } from './support/api-session.js';
import { type Browser, launchBrowser, TABLET } from './support/browser.js';
import { CaseSteps } from './support/case-steps.js';
import { Journey } from './support/journey.js';
import { type RunningPlatform, startPlatform } from './support/platform.js';
import { scenario, submission } from './support/scenarios.js';
import { SiteTexts } from './support/site-texts.js';

const SITE = 'child-family-cm';

/**
 * The child and family service, in English on a tablet: an 18-year-old is screened out (with the
 * reason shown); a 12-year-old goes through identification, consent, screening, assessment and the
 * case plan; the supervisor returns the plan, then approves it, and reassigns the case across a
 * full caseload (confirming the over-capacity warning) and back; follow-up, a case conference, a
 * review, the printed plan, closure with approval, and re-opening for reassessment.
 */
describe('Child and family journey (English, tablet)', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let j: Journey;
  let steps: CaseSteps;
  const tx = new SiteTexts(SITE, 'en');
  const happy = scenario(SITE, 'happy path');
  const adult = scenario(SITE, 'ineligible');
  const child = happy.person as Record<string, unknown>;
  const older = { ...(adult.person as Record<string, unknown>), firstName: 'Fatou', lastName: 'Diallo' };
  let caseId = '';
  const signOut = () => j.signOut(tx.ui(SHELL_MESSAGES, 'signOut'));

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

  it('an 18-year-old is screened out with the reason shown', async () => {
    await j.signIn('child.social_service_worker');
    expect(await j.page.getByRole('heading', { level: 1 }).textContent()).toBe('My work');
    await j.checkpoint('my-work');
    await steps.findPersons();
    await steps.startRegistration(older);
    expect((await steps.register()).status()).toBe(201);
    await j.page.waitForURL(/\/persons\/[0-9a-f-]{30,}$/);
    await steps.openCase();
    await steps.submitForm('identification', submission(adult, 'identification'));
    await steps.advance('to-screening');
    await steps.submitForm('consent-confidentiality', submission(adult, 'consent-confidentiality'));
    await steps.submitForm('initial-screening', submission(adult, 'initial-screening'));
    await expect(j.button(tx.transition('to-assessment')).isDisabled()).resolves.toBe(true);
    await expect(steps.blockedReasons('to-assessment').textContent()).resolves.toContain('Not possible yet');
    await j.checkpoint('screened-out');
    await steps.closeWith('close-not-eligible');
    await expect(steps.statusBadge().textContent()).resolves.toBe('Closed');
  });

  it('registers the child (seeing the duplicate check) and opens the case', async () => {
    await steps.findPersons();
    await steps.startRegistration(child);
    expect((await steps.register()).status()).toBe(201);
    await j.page.waitForURL(/\/persons\/[0-9a-f-]{30,}$/);
    const first = j.page.url();
    await steps.findPersons();
    await steps.startRegistration({ ...child, firstName: 'Awa' });
    expect((await steps.register()).status()).toBe(409);
    await j.checkpoint('duplicate-candidates');
    await j.page
      .locator('dialog')
      .getByRole('link', { name: /Traoré/ })
      .click();
    await j.page.waitForURL(first);
    caseId = await steps.openCase();
  });

  it('identification, consent, screening, assessment and the case plan', async () => {
    await steps.submitForm('identification', submission(happy, 'identification'));
    await steps.advance('to-screening');
    await steps.submitForm('consent-confidentiality', submission(happy, 'consent-confidentiality'));
    await steps.submitForm('initial-screening', submission(happy, 'initial-screening'));
    await steps.advance('to-assessment');
    await steps.submitForm('child-assessment', submission(happy, 'child-assessment'));
    await steps.advance('to-planning');
    await steps.submitForm('case-plan', submission(happy, 'case-plan'));
    await steps.requestApproval('plan-approval');
    await j.checkpoint('plan-requested');
    await signOut();
  });

  it('the supervisor returns the plan with a comment, then approves the corrected one', async () => {
    await j.signIn('child.supervisor');
    await j.page.locator('.work-item a', { hasText: tx.approval('plan-approval') }).click();
    await j.page.locator('.stage-bar').waitFor();
    await steps.returnApproval('Add a goal on school attendance; Awa asked for it.');
    await signOut();
    await j.signIn('child.social_service_worker');
    await steps.gotoCase(caseId);
    await expect(j.page.locator('.comment').textContent()).resolves.toContain('school attendance');
    await steps.openForm('case-plan');
    await j.fill(submission(happy, 'case-plan', 1));
    await j.checkpoint('case-plan-form');
    await steps.submitOpenForm('case-plan');
    await steps.requestApproval('plan-approval');
    await signOut();
    await j.signIn('child.supervisor');
    await steps.gotoCase(caseId);
    await steps.approve();
    await j.checkpoint('plan-approved');
  });

  it('the supervisor reassigns the case over a full caseload, confirming the warning, and back', async () => {
    // Ten cases already on the para-professional's desk (their cap), set up through the API.
    const worker = await ApiSession.signIn(platform.url, 'child.social_service_worker');
    const supervisor = await ApiSession.signIn(platform.url, 'child.supervisor');
    const { members } = await supervisor.call<{ members: { userId: string; roleIds: string[] }[] }>(
      'GET',
      `/api/sites/${SITE}/work/colleagues`,
    );
    const para = members.find((m) => m.roleIds.includes('para_professional'))?.userId as string;
    for (let i = 0; i < 10; i++) {
      const { person } = await worker.call<{ person: { id: string } }>('POST', `/api/sites/${SITE}/persons`, {
        data: {
          ...child,
          firstName: `Child${'ABCDEFGHIJ'[i]}`,
          lastName: 'Seeded',
          dateOfBirth: `2015-02-${10 + i}`,
        },
        confirmedNew: true,
      });
      const opened = await worker.call<{ case: { case: { id: string; version: number } } }>(
        'POST',
        `/api/sites/${SITE}/cases`,
        { personId: person.id },
      );
      await supervisor.call('PUT', `/api/sites/${SITE}/cases/${opened.case.case.id}/owner`, {
        userId: para,
        version: opened.case.case.version,
      });
    }
    await j.link(tx.ui(SHELL_MESSAGES, 'supervision')).click();
    await j.page.getByRole('heading', { name: tx.ui(SUPERVISION_MESSAGES, 'caseloads') }).waitFor();
    await j.page.waitForLoadState('networkidle');
    await j.checkpoint('caseloads');
    const reassign = async (worker: string) => {
      await j.page
        .getByRole('button', { name: `${tx.ui(SUPERVISION_MESSAGES, 'reassign')} Awa Traoré` })
        .click();
      const dialog = j.page.locator('dialog');
      const select = dialog.getByLabel(tx.ui(SUPERVISION_MESSAGES, 'worker'));
      await select.locator('option', { hasText: worker }).first().waitFor({ state: 'attached' });
      await select.selectOption(
        (await select.locator('option', { hasText: worker }).first().getAttribute('value')) ?? '',
      );
      await dialog.getByRole('button', { name: tx.ui(SUPERVISION_MESSAGES, 'assign') }).click();
      return dialog;
    };
    const dialog = await reassign(tx.role('para_professional'));
    await dialog.getByRole('alert').waitFor();
    await expect(dialog.getByRole('alert').textContent()).resolves.toContain('over the caseload cap');
    await j.checkpoint('over-capacity');
    await dialog.getByRole('button', { name: tx.ui(SUPERVISION_MESSAGES, 'assignAnyway') }).click();
    await dialog.waitFor({ state: 'detached' });
    await (await reassign(tx.role('social_service_worker'))).waitFor({ state: 'detached' });
    await signOut();
  });

  it('implementation: follow-up, a case conference, a review and the printed plan', async () => {
    await j.signIn('child.social_service_worker');
    await steps.gotoCase(caseId);
    await steps.advance('to-implementation');
    await steps.submitForm('implementation-follow-up', submission(happy, 'implementation-follow-up'));
    await steps.tab('overview');
    await j.page.getByLabel('Add a task').selectOption({ label: tx.task('case-conference') });
    await j.button('Add a task').click();
    await j.page.locator('li.task', { hasText: tx.task('case-conference') }).waitFor();
    await steps.submitForm('case-conference', submission(happy, 'case-conference'));
    await steps.submitForm('case-review', submission(happy, 'case-review'));
    await steps.tab('notes');
    await j.checkpoint('notes');
    await steps.tab('plan');
    await j.link(/Print the client’s copy/).click();
    // The copy is in the client's language (French), whatever the caseworker's.
    await j.page
      .locator('.print-document h1', { hasText: 'Exemplaire du plan d’action pour le client' })
      .waitFor();
    await expect(j.page.locator('.print-document').textContent()).resolves.toContain('Objectifs');
    await j.checkpoint('print-plan-client-language');
    // What the printer gets: the print stylesheet drops the navigation and the toolbar.
    await j.page.emulateMedia({ media: 'print' });
    await expect(j.page.locator('.print-toolbar').isVisible()).resolves.toBe(false);
    await expect(j.page.locator('nav.site-nav').isVisible()).resolves.toBe(false);
    await j.checkpoint('print-media');
    await j.page.emulateMedia({ media: 'screen' });
    await j.page.getByLabel('Language of the copy').selectOption('en');
    await j.page.locator('.print-document h1', { hasText: 'Client copy of the action plan' }).waitFor();
    await j.checkpoint('print-plan-english');
  });

  it('closure with the closure form and approval, then re-opening for reassessment', async () => {
    await steps.gotoCase(caseId);
    await steps.submitForm('case-closure', submission(happy, 'case-closure'));
    await steps.requestApproval('closure-approval');
    await signOut();
    await j.signIn('child.supervisor');
    await steps.gotoCase(caseId);
    await steps.approve('Well done.');
    await signOut();
    await j.signIn('child.social_service_worker');
    await steps.gotoCase(caseId);
    await steps.closeCase('all_goals_met');
    await expect(steps.statusBadge().textContent()).resolves.toBe('Closed');
    await j.checkpoint('closed');
    await steps.reopen();
    await expect(steps.currentStage().textContent()).resolves.toBe(tx.stage('assessment'));
    await expect(steps.blockedReasons('to-planning').textContent()).resolves.toContain(
      tx.form('child-assessment'),
    );
    await steps.tab('history');
    await j.checkpoint('reopened-history');
  });

  it('works with the keyboard alone: skip link, case sections, a dialog that Escape closes', async () => {
    await steps.gotoCase(caseId);
    await j.focusTop();
    await j.page.keyboard.press('Tab');
    expect(await j.focusedText()).toBe('Skip to main content');
    await j.page.keyboard.press('Enter');
    await j.tabTo('Forms');
    await j.page.keyboard.press('Enter');
    await j.page.locator('.form-list').first().waitFor();
    await j.tabTo('Overview');
    await j.page.keyboard.press('Enter');
    await j.tabTo('Close the case…');
    await j.page.keyboard.press('Enter');
    const dialog = j.page.locator('dialog[open]');
    await dialog.waitFor();
    expect(
      await j.page.evaluate('document.querySelector("dialog[open]").contains(document.activeElement)'),
    ).toBe(true);
    await j.checkpoint('keyboard-dialog');
    await j.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await j.focusedText()).toBe('Close the case…');
  });

  it('no page had serious or critical accessibility problems or sideways overflow', () => {
    expect(j.problems).toEqual([]);
  });
});
