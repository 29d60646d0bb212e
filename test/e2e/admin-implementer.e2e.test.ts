import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHANGES_MESSAGES } from '../../admin-ui/src/changes/changes-messages.js';
import { DEFINITION_MESSAGES } from '../../admin-ui/src/definitions/definition-messages.js';
import { DESIGNER_MESSAGES } from '../../admin-ui/src/designer/designer-messages.js';
import { LOOKUP_MESSAGES } from '../../admin-ui/src/lookups/lookup-messages.js';
import { PUBLISH_MESSAGES } from '../../admin-ui/src/publish/publish-messages.js';
import { SITE_MESSAGES } from '../../admin-ui/src/sites/site-messages.js';
import { startAdminPlatform } from './support/admin-platform.js';
import { AdminSteps } from './support/admin-steps.js';
import { ApiSession } from './support/api-session.js';
import { type Browser, LAPTOP, launchBrowser } from './support/browser.js';
import type { RunningPlatform } from './support/platform.js';
import { SiteTexts } from './support/site-texts.js';

const SITE = 'uz-tashkent-icm';
const IMPLEMENTER = 'tashkent.site_admin.nasp';
const FORM = 'outreach-contact';
const OLD = 'ageAtContact';
const NEW = 'ageAtFirstContact';

type Migration = {
  id: string;
  dryRun: boolean;
  status: string;
  total: number;
  migrated: number;
  failed: number;
  report: { samples: { caseId: string; after: { facts: Record<string, Record<string, unknown>> } }[] };
};

/**
 * An implementer adapting the Tashkent site on a laptop, in English: fixes a translation the
 * checker points at, looks at the SOP, protocol and directory editors, renames a form field that
 * open cases have filled, sees the impact, publishes, migrates the open cases (dry run first, then
 * in batches with a progress bar), rolls back with the cases, and exports and re-imports the site.
 */
describe('Implementer renames a field, migrates open cases and rolls back (English, laptop)', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let s: AdminSteps;
  let supervisor: ApiSession;
  const tx = new SiteTexts(SITE, 'en');
  const openDefinition = async (title: string) => {
    await s.tab('definitions');
    await s.link(title).click();
    await s.page.locator('.definition-editor').waitFor();
    await s.page.waitForLoadState('networkidle');
  };
  let affected = 0;

  beforeAll(async () => {
    platform = await startAdminPlatform({ seed: [SITE] });
    browser = await launchBrowser(LAPTOP);
    browser.page.on('dialog', (dialog) => void dialog.accept());
    s = new AdminSteps(browser.page, platform.url, 'implementer', 'en');
    supervisor = await ApiSession.signIn(platform.url, 'tashkent.supervisor');
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await s.j.failed(task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('a missing translation is listed with a link that opens the editor at it', async () => {
    await s.signIn(IMPLEMENTER);
    await s.openSite(SITE, tx.text(tx.bundle.site.name));
    await openDefinition(tx.text(tx.bundle.lookups.districts?.name));
    await s.checkpoint('lookup-editor');
    await s.page.getByLabel(s.ui(LOOKUP_MESSAGES, 'labelIn', { value: 'sergeli', locale: 'ru' })).fill('');
    await s.page.getByText(s.ui(DEFINITION_MESSAGES, 'missingCount', { n: 1 })).waitFor();
    await s.answered(() => s.button(s.ui(DEFINITION_MESSAGES, 'saveDraft')).click(), '/admin/check');
    const problem = s.page.locator('.problems-card .problem').first();
    await expect(problem.textContent()).resolves.toContain('ru');
    await s.checkpoint('problem-listed');
    await problem.getByRole('link').click();
    await s.page.locator('.generic-editor .pointed').waitFor();
    expect(s.page.url()).toContain('pointer=');
    await s.checkpoint('problem-at-pointer');
    // The translations view shows the gap; writing it there clears the problem.
    await s.page
      .getByRole('link', { name: s.ui(DEFINITION_MESSAGES, 'view_translations'), exact: true })
      .click();
    const cell = s.page.locator('td.cell-missing textarea');
    await cell.first().waitFor();
    await expect(cell.count()).resolves.toBe(1);
    await s.checkpoint('translations');
    await cell.fill('Сергелийский');
    await s.answered(() => s.button(s.ui(DEFINITION_MESSAGES, 'saveDraft')).click(), '/admin/check');
    await expect(s.page.locator('.problems-card').count()).resolves.toBe(0);
    await s.answered(
      () => s.button(s.ui(DEFINITION_MESSAGES, 'discardDraft')).click(),
      '/admin/definitions/lookup/',
      'DELETE',
    );
  });

  it('looks at the SOP diagram, a referral protocol, a service and the site settings', async () => {
    await openDefinition(tx.text(tx.bundle.sops['case-management']?.name));
    await s.page.locator('.stage-card').first().waitFor();
    await expect(s.page.locator('svg.sop-diagram g.stage-box').count()).resolves.toBe(
      (tx.bundle.sops['case-management']?.stages.length ?? 0) + 1,
    );
    await expect(s.page.locator('.stage-card').count()).resolves.toBe(
      tx.bundle.sops['case-management']?.stages.length,
    );
    await s.checkpoint('sop-diagram');
    await openDefinition(tx.text(tx.bundle.referrals['cm-to-pes']?.name));
    await s.page.locator('.shared-fields').waitFor();
    await s.checkpoint('referral-protocol');
    await openDefinition(tx.text(tx.bundle.services['vet-sewing']?.name));
    await s.checkpoint('service');
    await openDefinition(tx.text(tx.bundle.site.name));
    await s.page.locator('#site-setting-min_age').waitFor();
    await s.checkpoint('site-settings');
    await s.page.getByRole('link', { name: s.ui(DEFINITION_MESSAGES, 'view_form'), exact: true }).click();
    await s.page.locator('.generic-editor form').waitFor();
    await s.checkpoint('site-all-properties');
    await s.page.getByRole('link', { name: s.ui(DEFINITION_MESSAGES, 'view_json'), exact: true }).click();
    await expect(s.page.getByLabel(s.ui(DEFINITION_MESSAGES, 'jsonLabel')).inputValue()).resolves.toContain(
      '"min_age"',
    );
    await s.checkpoint('site-json');
  });

  it('renames a field in the form designer; the live preview keeps calculating it', async () => {
    await openDefinition(tx.form(FORM));
    await s.page.locator('.form-preview .engine-form').waitFor();
    await s.checkpoint('form-designer');
    await s.page.locator('.field-pick', { hasText: OLD }).click();
    await s.page.getByLabel(s.ui(DESIGNER_MESSAGES, 'fieldName')).fill(NEW);
    await s.button(s.ui(DESIGNER_MESSAGES, 'rename')).click();
    await s.page.locator('.field-pick', { hasText: NEW }).waitFor();
    // The preview is the forms engine on the edited form: the renamed field is still calculated.
    await s.page.locator('.form-preview [id="root.person.dob"]').fill('1990-04-12');
    await s.page.locator('.form-preview [id="root.contactDate"]').fill('2025-03-01');
    await expect(s.page.locator(`.form-preview [id="root.${NEW}"]`).inputValue()).resolves.toBe('34');
    await s.checkpoint('field-renamed');
    await s.answered(() => s.button(s.ui(DEFINITION_MESSAGES, 'saveDraft')).click(), '/admin/check');
    await expect(s.page.locator('.problems-card').count()).resolves.toBe(0);
  });

  it('sees the impact on open cases in domain words', async () => {
    await s.tab('changes');
    const change = s.page.locator('.change-list li', { hasText: NEW });
    await change.waitFor();
    await expect(change.textContent()).resolves.toContain(s.ui(CHANGES_MESSAGES, 'renameHint'));
    affected = Number(
      await change
        .locator('.badge')
        .textContent()
        .then((t) => t?.replace(/\D/g, '')),
    );
    expect(affected).toBeGreaterThan(0);
    await s.checkpoint('impact');
  });

  it('publishes version 2, dry-runs the migration of the open cases, then applies it', async () => {
    await s.tab('publish');
    await s.page.getByLabel(s.ui(PUBLISH_MESSAGES, 'note')).fill(`${OLD} renamed ${NEW}`);
    const published = await s.answered(
      () => s.button(s.ui(PUBLISH_MESSAGES, 'publish', { n: 2 })).click(),
      '/admin/publish',
    );
    expect(published.status()).toBe(201);
    const mapping = s.page.getByLabel(
      s.ui(PUBLISH_MESSAGES, 'fieldMapping', { form: FORM, from: OLD, to: NEW }),
    );
    await mapping.waitFor();
    await expect(mapping.isChecked()).resolves.toBe(true);
    await s.checkpoint('migration-proposed');
    await s.answered(() => s.button(s.ui(PUBLISH_MESSAGES, 'dryRun')).click(), '/admin/migrations');
    const report = s.page.locator('.migration-card .migration-report');
    await report.waitFor();
    await expect(report.textContent()).resolves.toContain(`${NEW}`);
    await s.checkpoint('dry-run');
    const open = Number((await report.getAttribute('data-total')) ?? 0);
    await s.answered(
      () => s.button(s.ui(PUBLISH_MESSAGES, 'apply', { n: open })).click(),
      '/admin/migrations',
    );
    await s.page
      .locator('.migration-card progress, .migration-card .migration-report[data-dry-run=false]')
      .first()
      .waitFor();
    await s.page
      .locator('.migration-card .migration-report[data-dry-run=false]')
      .waitFor({ timeout: 60_000 });
    await s.checkpoint('migrated');
  });

  it('each migrated case holds its data under the new name and has the migration in its history', async () => {
    const admin = await ApiSession.signIn(platform.url, IMPLEMENTER);
    const { migrations } = await admin.call<{ migrations: Migration[] }>(
      'GET',
      `/api/sites/${SITE}/admin/migrations`,
    );
    const applied = migrations.find((m) => !m.dryRun);
    expect(applied).toMatchObject({ status: 'completed', failed: 0 });
    expect(applied?.migrated).toBeGreaterThanOrEqual(affected);
    const sample = applied?.report.samples.find((x) => x.after.facts[FORM]?.[NEW] !== undefined);
    expect(sample?.after.facts[FORM]).not.toHaveProperty(OLD);
    const history = await supervisor.call<{ items: { type: string; payload: Record<string, unknown> }[] }>(
      'GET',
      `/api/sites/${SITE}/cases/${sample?.caseId}/history`,
    );
    expect(history.items.find((e) => e.type === 'case.migrated')?.payload).toMatchObject({
      migrationId: applied?.id,
    });
  });

  it('rolls back to version 1, moving the migrated cases back', async () => {
    await s.tab('publish');
    await s.page.getByLabel(s.ui(PUBLISH_MESSAGES, 'migrateBack')).check();
    await s.answered(
      () => s.button(s.ui(PUBLISH_MESSAGES, 'rollbackTo', { n: 1 })).click(),
      '/admin/rollback',
    );
    await s.page.getByText(s.ui(PUBLISH_MESSAGES, 'rolledBack', { n: 3, to: 1 })).waitFor();
    await s.page.locator('.rollback-card .migration-report[data-dry-run=false]').waitFor({ timeout: 60_000 });
    await s.checkpoint('rolled-back');
    const admin = await ApiSession.signIn(platform.url, IMPLEMENTER);
    const { versions } = await admin.call<{
      versions: { version: number; active: boolean; openCases: number }[];
    }>('GET', `/api/sites/${SITE}/admin/versions`);
    expect(versions.find((v) => v.active)?.version).toBe(3);
    expect(versions.find((v) => v.version === 2)?.openCases).toBe(0);
    const { migrations } = await admin.call<{ migrations: Migration[] }>(
      'GET',
      `/api/sites/${SITE}/admin/migrations`,
    );
    const back = migrations.find(
      (m) => !m.dryRun && m.report.samples.some((x) => x.after.facts[FORM]?.[OLD] !== undefined),
    );
    expect(back).toMatchObject({ status: 'completed', failed: 0 });
  });

  it('exports the site as one bundle and imports it: nothing changes unless the file differs', async () => {
    const url = await s.link(s.ui(PUBLISH_MESSAGES, 'download', { n: 3 })).getAttribute('href');
    const text = (await s.page.evaluate(`fetch(${JSON.stringify(url)}).then((r) => r.text())`)) as string;
    type Option = { value: string; label: Record<string, string> };
    const bundle = JSON.parse(text) as { definitions: { lookups: Record<string, { options: Option[] }> } };
    await s.link(s.ui(PUBLISH_MESSAGES, 'importHere')).click();
    await s.page
      .locator('input[type=file]')
      .setInputFiles({ name: 'site.bundle.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await s.page.getByText(s.ui(SITE_MESSAGES, 'sameAsActive')).waitFor();
    await s.checkpoint('import-same');
    // The same file with one label changed: the diff is shown before anything is applied.
    const changed = structuredClone(bundle);
    const option = changed.definitions.lookups.districts?.options.find((o) => o.value === 'sergeli');
    if (option) option.label.en = 'Sergeli district';
    await s.page.locator('input[type=file]').setInputFiles({
      name: 'site-edited.bundle.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(changed)),
    });
    await s.page.locator('.change-group', { hasText: tx.text(tx.bundle.lookups.districts?.name) }).waitFor();
    await s.page.getByText(s.ui(SITE_MESSAGES, 'editedSince')).waitFor();
    await expect(s.button(s.ui(SITE_MESSAGES, 'applyImport')).isVisible()).resolves.toBe(true);
    await s.checkpoint('import-diff');
  });

  it('no page had serious or critical accessibility problems or sideways overflow', () => {
    expect(s.j.problems).toEqual([]);
  });
});
