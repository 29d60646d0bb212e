import type { Locator } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHECK_MESSAGES } from '../../admin-ui/src/check/check-messages.js';
import { DEFINITION_MESSAGES } from '../../admin-ui/src/definitions/definition-messages.js';
import { KPI_MESSAGES } from '../../admin-ui/src/kpis/kpi-messages.js';
import { PUBLISH_MESSAGES } from '../../admin-ui/src/publish/publish-messages.js';
import { RULE_MESSAGES } from '../../admin-ui/src/rules/rule-messages.js';
import { startAdminPlatform } from './support/admin-platform.js';
import { AdminSteps } from './support/admin-steps.js';
import { ApiSession } from './support/api-session.js';
import { type Browser, LAPTOP, launchBrowser } from './support/browser.js';
import type { RunningPlatform } from './support/platform.js';
import { SiteTexts } from './support/site-texts.js';

const SITE = 'uz-tashkent-icm';
const BOARD_MEMBER = 'tashkent.board_member.nasp';
const NEW_MIN_AGE = 25;

/** [matched, total] of a match count line. */
const counts = async (line: Locator): Promise<number[]> => [
  Number(await line.getAttribute('data-matched')),
  Number(await line.getAttribute('data-total')),
];

/**
 * A partnership board member, in Uzbek on a laptop, raises the pilot's minimum age: the rule's
 * tests show at once which one no longer holds, the check refuses to publish, the member fixes the
 * test, sees how many registered persons the rule now matches, and publishes the new version.
 */
describe('Board member changes an eligibility threshold (Uzbek, laptop)', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let s: AdminSteps;
  const tx = new SiteTexts(SITE, 'uz');
  const rule = () => tx.text(tx.bundle.rules['working-age']?.name);
  let published: number[] = [];

  beforeAll(async () => {
    platform = await startAdminPlatform({ seed: [SITE] });
    browser = await launchBrowser(LAPTOP);
    s = new AdminSteps(browser.page, platform.url, 'board-member', 'uz');
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await s.j.failed(task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('opens the site and reads its indicators as charts', async () => {
    await s.signIn(BOARD_MEMBER);
    await s.checkpoint('sites');
    await s.openSite(SITE, tx.text(tx.bundle.site.name));
    await s.checkpoint('definitions');
    await s.tab('kpis');
    await s.page.locator('.kpi-card').first().waitFor();
    await expect(s.page.locator('.kpi-card').count()).resolves.toBe(Object.keys(tx.bundle.indicators).length);
    await expect(s.page.locator('.kpi-card svg.line-chart').count()).resolves.toBeGreaterThan(0);
    await expect(s.page.locator('.kpi-card svg.bar-chart').count()).resolves.toBeGreaterThan(0);
    // The CSV holds the same indicators.
    const csv = await s.page.getByRole('link', { name: s.ui(KPI_MESSAGES, 'csv') }).getAttribute('href');
    const body = (await s.page.evaluate(`fetch(${JSON.stringify(csv)}).then((r) => r.text())`)) as string;
    expect(body.split('\n').length).toBeGreaterThan(Object.keys(tx.bundle.indicators).length);
    await s.checkpoint('kpis');
  });

  it('opens the working-age rule: its tests pass and the live database says whom it matches', async () => {
    await s.tab('definitions');
    await s.link(rule()).click();
    await s.page.locator('.rule-editor').waitFor();
    const summary = s.page.locator('.rule-tests [role=status]').first();
    await expect(summary.textContent()).resolves.toBe(
      s.ui(RULE_MESSAGES, 'testsSummary', { passed: 7, total: 7, covered: 8, outcomes: 8 }),
    );
    // Counted over the registered persons (the rule reads only their registration data here).
    await s.page.getByLabel(s.ui(RULE_MESSAGES, 'countOver')).selectOption('person');
    await s.page.locator('[data-testid=match-draft][data-subject=person]').waitFor();
    published = await counts(s.page.getByTestId('match-published'));
    expect(published[1]).toBeGreaterThanOrEqual(30);
    await expect(counts(s.page.getByTestId('match-draft'))).resolves.toEqual(published);
    await s.checkpoint('rule-editor');
  });

  it('raises the minimum age: one test fails at once and fewer persons match', async () => {
    await s.page.locator('#setting-min_age').fill(String(NEW_MIN_AGE));
    const failing = s.page.locator('fieldset.rule-test.test-fail');
    await failing.first().waitFor();
    await expect(failing.count()).resolves.toBe(1);
    await expect(failing.locator('legend').textContent()).resolves.toContain('18th birthday today counts');
    await expect(s.page.locator('.rule-tests [role=status]').first().textContent()).resolves.toBe(
      s.ui(RULE_MESSAGES, 'testsSummary', { passed: 6, total: 7, covered: 8, outcomes: 8 }),
    );
    // The count with the change comes from the database a moment after the edit.
    await s.page.locator('.count-diff').waitFor();
    const changed = await counts(s.page.getByTestId('match-draft'));
    expect(changed[1]).toBe(published[1]);
    expect(changed[0]).toBeLessThan(published[0] as number);
    await s.checkpoint('threshold-raised');
    await s.answered(
      () => s.button(s.ui(RULE_MESSAGES, 'saveSettings')).click(),
      '/admin/definitions/site/',
      'PUT',
    );
    await s.page.getByText(s.ui(RULE_MESSAGES, 'settingsSaved')).waitFor();
  });

  it('the check refuses to publish while the test fails, and links to the rule', async () => {
    await s.tab('check');
    await s.page.locator('.verdicts').waitFor();
    await s.page.getByText(s.ui(CHECK_MESSAGES, 'notPublishable')).waitFor();
    const row = s.page.locator('tr.row-alert', { hasText: rule() });
    await expect(row.textContent()).resolves.toContain('18th birthday today counts');
    await s.checkpoint('check-test-fails');
    await s.tab('publish');
    await s.page.locator('.verdicts').waitFor();
    await expect(s.button(s.ui(PUBLISH_MESSAGES, 'publish', { n: 2 })).isDisabled()).resolves.toBe(true);
    await s.checkpoint('publish-blocked');
    await s.tab('check');
    await row.getByRole('link', { name: rule() }).click();
    await s.page.locator('.rule-editor').waitFor();
  });

  it('fixes the test, which passes again with full coverage, and saves the rule', async () => {
    const test = s.page.locator('fieldset.rule-test', { hasText: '18th birthday today counts' });
    // The legend names the test: change what it expects first, then its name.
    await test.getByLabel(s.ui(RULE_MESSAGES, 'expect')).fill('false');
    await test
      .getByLabel(s.ui(RULE_MESSAGES, 'testName'))
      .fill(`18-year-old is below the minimum age of ${NEW_MIN_AGE}`);
    await expect(s.page.locator('fieldset.rule-test.test-fail').count()).resolves.toBe(0);
    await expect(s.page.locator('.rule-tests [role=status]').first().textContent()).resolves.toBe(
      s.ui(RULE_MESSAGES, 'testsSummary', { passed: 7, total: 7, covered: 8, outcomes: 8 }),
    );
    // The saved minimum age is the one the tests and the count now use.
    await expect(s.page.locator('#setting-min_age').inputValue()).resolves.toBe(String(NEW_MIN_AGE));
    await s.page.getByLabel(s.ui(RULE_MESSAGES, 'countOver')).selectOption('person');
    await s.page.locator('.count-diff').waitFor();
    // The simulator explains the rule on a test's facts: the 18-year-old is now too young.
    const simulator = s.page.locator('form.simulator');
    await simulator.getByLabel(s.ui(RULE_MESSAGES, 'useTestFacts')).selectOption({ index: 5 });
    await s.answered(
      () => simulator.getByRole('button', { name: s.ui(RULE_MESSAGES, 'simulate') }).click(),
      '/admin/simulate',
    );
    await expect(simulator.locator('.sim-value').textContent()).resolves.toBe(
      s.ui(RULE_MESSAGES, 'simValue', { value: 'false' }),
    );
    await expect(simulator.locator('.trace li.trace-no').count()).resolves.toBeGreaterThan(0);
    await s.checkpoint('test-fixed');
    const saved = await s.answered(
      () => s.button(s.ui(DEFINITION_MESSAGES, 'saveDraft')).click(),
      '/admin/definitions/rule/working-age',
      'PUT',
    );
    expect(saved.status()).toBe(200);
    await s.page.getByText(s.ui(DEFINITION_MESSAGES, 'saved')).waitFor();
  });

  it('reads the changes in domain words and publishes version 2', async () => {
    await s.tab('changes');
    await s.page.locator('.change-group').first().waitFor();
    await expect(s.page.locator('.change-groups').textContent()).resolves.toContain('min_age');
    await s.checkpoint('changes');
    await s.tab('publish');
    await s.page.getByText(s.ui(CHECK_MESSAGES, 'publishable')).waitFor();
    await s.page.getByLabel(s.ui(PUBLISH_MESSAGES, 'note')).fill(`Minimum age raised to ${NEW_MIN_AGE}`);
    const published = await s.answered(
      () => s.button(s.ui(PUBLISH_MESSAGES, 'publish', { n: 2 })).click(),
      '/admin/publish',
    );
    expect(published.status()).toBe(201);
    await s.page.getByText(s.ui(PUBLISH_MESSAGES, 'published', { n: 2 })).waitFor();
    // The versions table reloads after publishing: wait for the new row before counting.
    await s.page.locator('.versions-table tbody tr').nth(1).waitFor();
    await expect(s.page.locator('.versions-table tbody tr').count()).resolves.toBe(2);
    await s.checkpoint('published');
    const api = await ApiSession.signIn(platform.url, BOARD_MEMBER);
    const active = await api.call<{
      version: number;
      bundle: { site: { settings: Record<string, { value: number }> } };
    }>('GET', `/api/sites/${SITE}/definitions`);
    expect(active.version).toBe(2);
    expect(active.bundle.site.settings.min_age?.value).toBe(NEW_MIN_AGE);
  });

  it('no page had serious or critical accessibility problems or sideways overflow', () => {
    expect(s.j.problems).toEqual([]);
  });
});
