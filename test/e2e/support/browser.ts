import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const TABLET = { width: 1024, height: 768 } as const;
export const LAPTOP = { width: 1366, height: 768 } as const;

export type Browser = {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
};

/** Debian's Chromium, headless, with a fresh profile; browser errors fail loudly in the log. */
export async function launchBrowser(viewport: { width: number; height: number } = LAPTOP): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'pathway-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport,
    locale: 'en-GB',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => process.stderr.write(`[browser] ${error.message}\n`));
  // Refusals are part of the journeys (duplicates, blocked moves); they are logged to explain failures.
  page.on('response', async (response) => {
    if (response.status() < 400 || !response.url().includes('/api/')) return;
    if (response.url().endsWith('/api/auth/me')) return; // signed out: expected
    const body = await response.text().catch(() => '');
    process.stderr.write(
      `[api] ${response.request().method()} ${response.url()} ${response.status()} ${body.slice(0, 400)}\n`,
    );
  });
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
