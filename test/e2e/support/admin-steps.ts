import type { Page, Response } from 'playwright-core';
import { expect } from 'vitest';
import { ADMIN_MESSAGES } from '../../../admin-ui/src/app/admin-messages.js';
import type { WorkspaceTab } from '../../../admin-ui/src/app/admin-routes.js';
import {
  formatMessage,
  type MessageParams,
  type MessageTable,
} from '../../../runtime-ui/src/common/message-table.js';
import type { UiLocale } from '../../../runtime-ui/src/common/ui-locales.js';
import { Journey } from './journey.js';
import { DEMO_PASSWORD } from './platform.js';

/**
 * Drives the admin UI like a board member or implementer: signs in at `/admin/`, follows the
 * workspace's tabs and the editors' buttons by their translated names, and checks every page it
 * looks at (axe, no sideways overflow, a screenshot under `screenshots/admin/<journey>`).
 */
export class AdminSteps {
  readonly j: Journey;

  constructor(
    readonly page: Page,
    readonly base: string,
    journey: string,
    readonly locale: UiLocale = 'en',
  ) {
    this.j = new Journey(page, base, `admin/${journey}`);
  }

  ui(table: MessageTable, id: string, params: MessageParams = {}): string {
    return formatMessage(table, id, this.locale, params);
  }

  /** The page from its top (a full-page screenshot otherwise shows sticky bars mid-page), checked. */
  async checkpoint(name: string): Promise<void> {
    await this.page.evaluate('window.scrollTo(0, 0)');
    await this.j.checkpoint(name);
  }

  /** Signs in at the admin UI and switches the interface to the journey's language. */
  async signIn(username: string): Promise<void> {
    await this.page.goto(`${this.base}/admin/`);
    const signOut = this.page.locator('header.topbar button');
    await this.page.locator('#username, header.topbar').first().waitFor();
    if (await signOut.isVisible()) {
      await signOut.last().click();
      await this.page.locator('#username').waitFor();
    }
    await this.page.locator('#username').fill(username);
    await this.page.locator('#password').fill(DEMO_PASSWORD);
    await this.page.locator('button[type=submit]').click();
    await this.page.locator('header.topbar').waitFor();
    const picker = this.page.locator('header.topbar select').first();
    if ((await picker.inputValue()) !== this.locale) {
      await picker.selectOption(this.locale);
      await this.page.waitForLoadState('networkidle');
    }
  }

  async signOut(): Promise<void> {
    await this.page.locator('header.topbar button').last().click();
    await this.page.locator('#username').waitFor();
  }

  async openSite(siteId: string, name: string): Promise<void> {
    await this.page.goto(`${this.base}/admin/`);
    await this.page.getByRole('link', { name: this.ui(ADMIN_MESSAGES, 'openSite', { name }) }).click();
    await this.page.locator('nav.workspace-nav').waitFor();
    expect(this.page.url()).toContain(`/admin/sites/${siteId}/`);
    await this.page.waitForLoadState('networkidle');
  }

  async tab(tab: WorkspaceTab): Promise<void> {
    await this.page
      .locator('nav.workspace-nav')
      .getByRole('link', { name: this.ui(ADMIN_MESSAGES, `tab_${tab}`), exact: true })
      .click();
    await this.page.waitForLoadState('networkidle');
  }

  /** Clicks and waits for the API's answer to a request whose URL contains `urlPart`. */
  async answered(action: () => Promise<void>, urlPart: string, method = 'POST'): Promise<Response> {
    const [response] = await Promise.all([
      this.page.waitForResponse((r) => r.url().includes(urlPart) && r.request().method() === method),
      action(),
    ]);
    return response;
  }

  button(name: string | RegExp) {
    return this.page.getByRole('button', { name }).first();
  }

  link(name: string | RegExp) {
    return this.page.getByRole('link', { name }).first();
  }
}
