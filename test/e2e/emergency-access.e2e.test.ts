import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_MESSAGES } from '../../runtime-ui/src/cases/history-messages.js';
import { SHELL_MESSAGES } from '../../runtime-ui/src/common/shell-messages.js';
import { EMERGENCY_MESSAGES } from '../../runtime-ui/src/emergency/emergency-messages.js';
import { ApiSession } from './support/api-session.js';
import { type Browser, LAPTOP, launchBrowser } from './support/browser.js';
import { Journey } from './support/journey.js';
import { type RunningPlatform, startPlatform } from './support/platform.js';
import { scenario } from './support/scenarios.js';

const SITE = 'child-family-cm';
const REASON = 'Police found the child alone tonight; key worker unreachable';

/**
 * Break the glass, in the child and family service (English, laptop): a para-professional's case is
 * out of the social service worker's reach; on duty at night, the worker finds it by its id, asks
 * for emergency access with a reason, and reads it under a banner — read-only, recorded — with
 * nothing offered that would change it; the history says who and why.
 */
describe('emergency access to a case (English, laptop)', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let j: Journey;
  let caseId = '';
  const ui = (key: keyof typeof EMERGENCY_MESSAGES, params: Record<string, string> = {}) =>
    EMERGENCY_MESSAGES[key].en.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchBrowser(LAPTOP);
    j = new Journey(browser.page, platform.url, `${SITE}-emergency`);
    const para = await ApiSession.signIn(platform.url, 'child.para_professional');
    const { person } = await para.call<{ person: { id: string } }>('POST', `/api/sites/${SITE}/persons`, {
      data: { ...(scenario(SITE, 'happy path').person as Record<string, unknown>), firstName: 'Mariama' },
      confirmedNew: true,
    });
    const opened = await para.call<{ case: { case: { id: string } } }>('POST', `/api/sites/${SITE}/cases`, {
      personId: person.id,
    });
    caseId = opened.case.case.id;
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await j.failed(task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('finds the case, asks with a reason, and reads it read-only under the banner', async () => {
    const { page } = j;
    await j.signIn('child.social_service_worker');
    await page.goto(`${platform.url}/sites/${SITE}/cases/${caseId}`);
    await page.locator('.notice-error, [role=alert]').first().waitFor();
    await j.link(SHELL_MESSAGES.emergencyAccess.en).click();
    await page.getByRole('heading', { name: ui('title'), level: 1 }).waitFor();
    await page.getByLabel(ui('caseId')).fill(caseId);
    await j.button(ui('find')).click();
    const ask = page.locator('table.found-cases').getByRole('button', { name: ui('request') });
    await ask.waitFor();
    expect(await page.locator('table.found-cases').textContent()).not.toContain('Mariama');
    await j.checkpoint('found');
    await ask.click();
    const dialog = page.locator('dialog');
    await dialog.getByLabel(ui('reason')).fill(REASON);
    await j.checkpoint('reason');
    await dialog.getByRole('button', { name: ui('confirm') }).click();
    const banner = page.locator('.emergency-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(
      /^Emergency access until \d{1,2}:\d{2}.* — read-only, recorded/,
    );
    expect(await banner.textContent()).toContain(REASON);
    await page.locator('.case-header h1').getByText('Mariama', { exact: false }).waitFor();
    await j.checkpoint('banner');
    // Nothing that would change the case is offered.
    expect(await page.locator('.case-panel button.primary').count()).toBe(0);
    await j.link(/History/).click();
    await page.getByText(new RegExp(`^Emergency access \\(read-only\\) until .*${REASON}`)).waitFor();
    await j.checkpoint('history');
    expect(HISTORY_MESSAGES.emergency_access.en).toContain('{reason}');
    expect(j.problems).toEqual([]);
  });
});
