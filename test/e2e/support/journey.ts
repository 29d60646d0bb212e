import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from './axe.js';
import { fillForm } from './form-filler.js';
import { DEMO_PASSWORD } from './platform.js';

const SHOTS = resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screenshots');

/**
 * Drives the caseworker UI for one site like a user: signs in, follows links and buttons by
 * their (translated) names, fills generated forms; at every checkpoint it runs axe-core, checks
 * nothing overflows the viewport sideways, and saves a screenshot.
 */
export class Journey {
  private step = 0;
  readonly problems: string[] = [];

  constructor(
    readonly page: Page,
    readonly base: string,
    readonly site: string,
  ) {
    rmSync(join(SHOTS, site), { recursive: true, force: true });
    mkdirSync(join(SHOTS, site), { recursive: true });
  }

  /** A screenshot of the page as a failed step left it (named so it sorts after the checkpoints). */
  async failed(test: string): Promise<void> {
    const name = test.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60);
    await this.page
      .screenshot({ path: join(SHOTS, this.site, `zz-FAILED-${name}.png`), fullPage: true })
      .catch(() => {});
  }

  async signIn(username: string): Promise<void> {
    await this.page.goto(`${this.base}/`);
    // Someone still signed in (a step before failed half-way): sign them out first.
    const signedIn = this.page.locator('header.topbar button');
    await this.page.locator('#username, header.topbar').first().waitFor();
    if (await signedIn.isVisible()) {
      await signedIn.last().click();
      await this.page.locator('#username').waitFor();
    }
    await this.page.locator('#username').fill(username);
    await this.page.locator('#password').fill(DEMO_PASSWORD);
    await this.page.locator('button[type=submit]').click();
    await this.page.locator('nav.site-nav').waitFor();
  }

  async signOut(label: string): Promise<void> {
    await this.page.getByRole('button', { name: label }).click();
    await this.page.locator('#username').waitFor();
  }

  /** axe-core (serious and critical fail), no sideways overflow, and a screenshot named after the step. */
  async checkpoint(name: string): Promise<void> {
    await this.page.waitForLoadState('networkidle');
    await this.page.waitForTimeout(200);
    this.step += 1;
    const file = `${String(this.step).padStart(2, '0')}-${name}.png`;
    await this.page.screenshot({ path: join(SHOTS, this.site, file), fullPage: true });
    const violations = await seriousViolations(this.page);
    for (const v of violations) this.problems.push(`[${name}] ${v}`);
    const overflow = (await this.page.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    )) as number;
    if (overflow > 1) this.problems.push(`[${name}] the page overflows sideways by ${overflow}px`);
  }

  /** Presses Tab until the focused element's text is `text` (keyboard-only use); fails after `max` presses. */
  async tabTo(text: string, max = 80): Promise<void> {
    for (let i = 0; i < max; i++) {
      await this.page.keyboard.press('Tab');
      const focused = (await this.page.evaluate(
        'document.activeElement?.textContent?.trim() ?? ""',
      )) as string;
      if (focused === text) return;
    }
    throw new Error(`"${text}" not reached with the Tab key`);
  }

  /** Puts the keyboard's starting point at the top of the page, as on a fresh load. */
  async focusTop(): Promise<void> {
    await this.page.evaluate(
      "document.body.tabIndex = -1; document.body.focus(); document.body.removeAttribute('tabindex')",
    );
  }

  /** The text of the focused element. */
  async focusedText(): Promise<string> {
    return (await this.page.evaluate('document.activeElement?.textContent?.trim() ?? ""')) as string;
  }

  /** A link by its accessible name (exactly, when a string). */
  link(name: string | RegExp): Locator {
    return this.page.getByRole('link', { name, exact: typeof name === 'string' }).first();
  }

  /** A button by its accessible name (exactly, when a string). */
  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' }).first();
  }

  async fill(data: Record<string, unknown>): Promise<void> {
    await fillForm(this.page, data);
  }
}
