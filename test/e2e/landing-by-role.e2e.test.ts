import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHELL_MESSAGES } from '../../runtime-ui/src/common/shell-messages.js';
import { startAdminPlatform } from './support/admin-platform.js';
import { type Browser, LAPTOP, launchBrowser } from './support/browser.js';
import { DEMO_PASSWORD, type RunningPlatform } from './support/platform.js';

const SITE = 'rs-youth-nes-csw';

/**
 * Everyone signs in at the same address and starts where their work is: caseworkers at their work
 * list, with links to the indicators and administration only when their role may use them; a board
 * member, who has no case work, at the site's indicators in the admin UI.
 */
describe('where each role starts after signing in (Serbian, laptop)', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  const nav = () => browser.page.locator('nav.site-nav');

  async function signIn(username: string): Promise<void> {
    const { page } = browser;
    await page.context().clearCookies();
    await page.goto(`${platform.url}/`);
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.locator('button[type=submit]').click();
    await page.locator('header.topbar').waitFor();
  }

  /** The UI's word in the signed-in user's language (the language picker's value). */
  async function word(key: keyof typeof SHELL_MESSAGES): Promise<string> {
    const locale = await browser.page.locator('header.topbar select').first().inputValue();
    return SHELL_MESSAGES[key][locale as 'sr-Latn'];
  }

  beforeAll(async () => {
    platform = await startAdminPlatform();
    browser = await launchBrowser(LAPTOP);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('a case manager starts at their work list, with no administration link', async () => {
    await signIn('paracin.csw_case_manager');
    await browser.page.waitForURL(`**/sites/${SITE}/work`);
    await nav().waitFor();
    const links = await nav().getByRole('link').allTextContents();
    expect(links).toContain(await word('myWork'));
    expect(links).toContain(await word('findPerson'));
    expect(links).not.toContain(await word('administration'));
  });

  it('a head of service also supervises and reads the indicators', async () => {
    await signIn('paracin.csw_head_of_service');
    await nav()
      .getByRole('link', { name: await word('supervision') })
      .waitFor();
    const indicators = nav().getByRole('link', { name: await word('indicators') });
    await expect(indicators.getAttribute('href')).resolves.toBe(`/admin/sites/${SITE}/kpis`);
    await indicators.click();
    await browser.page.locator('.kpi-card').first().waitFor();
  });

  it('a board member, who has no case work, starts at the indicators', async () => {
    await signIn('paracin.board_member');
    await browser.page.waitForURL(`**/admin/sites/${SITE}/kpis`);
    await browser.page.locator('.kpi-card').first().waitFor();
  });
});
