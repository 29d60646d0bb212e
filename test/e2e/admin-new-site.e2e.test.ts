import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_MESSAGES } from '../../admin-ui/src/app/admin-messages.js';
import { CHECK_MESSAGES } from '../../admin-ui/src/check/check-messages.js';
import { PUBLISH_MESSAGES } from '../../admin-ui/src/publish/publish-messages.js';
import { SITE_MESSAGES } from '../../admin-ui/src/sites/site-messages.js';
import { USER_MESSAGES } from '../../admin-ui/src/users/user-messages.js';
import { formatMessage } from '../../runtime-ui/src/common/message-table.js';
import { SHELL_MESSAGES } from '../../runtime-ui/src/common/shell-messages.js';
import { PERSON_MESSAGES } from '../../runtime-ui/src/persons/person-messages.js';
import { startAdminPlatform } from './support/admin-platform.js';
import { AdminSteps } from './support/admin-steps.js';
import { type Browser, launchBrowser, TABLET } from './support/browser.js';
import { DEMO_PASSWORD, type RunningPlatform } from './support/platform.js';

const ADMIN = 'tashkent.site_admin.nasp';
const SITE = 'pilot-dakar';
const WORKER = 'pilot.worker';

/**
 * A site administrator, in French on a 10-inch tablet, starts a new pilot site from the template
 * without writing any file: describes it (languages, the hub, a case-manager role), checks it,
 * creates it, publishes the registration form it starts with, and creates a caseworker — who signs
 * in to the caseworker UI, registers a client and opens a case at the new site.
 */
describe('A new site from a template, where a caseworker opens a case (French, tablet)', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let s: AdminSteps;

  beforeAll(async () => {
    platform = await startAdminPlatform();
    browser = await launchBrowser(TABLET);
    s = new AdminSteps(browser.page, platform.url, 'new-site', 'fr');
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await s.j.failed(task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('describes the new site over the template and checks it', async () => {
    await s.signIn(ADMIN);
    await s.link(s.ui(ADMIN_MESSAGES, 'newSite')).click();
    const template = s.page.getByLabel(s.ui(SITE_MESSAGES, 'template'), { exact: true });
    await expect.poll(() => template.inputValue()).toBe('cm-template');
    await s.checkpoint('new-site-form');
    await s.page.getByLabel(s.ui(SITE_MESSAGES, 'siteId')).fill(SITE);
    await s.page.getByLabel('Français').check();
    await s.page.getByLabel(s.ui(SITE_MESSAGES, 'defaultLocale')).selectOption('fr');
    await s.page.getByLabel(s.ui(SITE_MESSAGES, 'timeZone')).fill('Africa/Dakar');
    await s.page
      .getByLabel(`${s.ui(SITE_MESSAGES, 'siteName')} (en)`)
      .fill('Dakar pilot of integrated case management');
    await s.page
      .getByLabel(`${s.ui(SITE_MESSAGES, 'siteName')} (fr)`)
      .fill('Pilote de Dakar : gestion de cas intégrée');
    const hub = s.page.locator('fieldset.partner-row').first();
    await hub.getByLabel(`${s.ui(SITE_MESSAGES, 'partnerName')} (en)`).fill('Dakar social action centre');
    await hub
      .getByLabel(`${s.ui(SITE_MESSAGES, 'partnerName')} (fr)`)
      .fill('Centre d’action sociale de Dakar');
    await s.button(s.ui(SITE_MESSAGES, 'caseworkerPreset')).click();
    await s.page.locator('fieldset.role-fields').waitFor();
    await expect(s.page.getByLabel(s.ui(SITE_MESSAGES, 'starter')).isChecked()).resolves.toBe(true);
    const checked = await s.answered(
      () => s.button(s.ui(SITE_MESSAGES, 'check')).click(),
      '/api/admin/sites',
    );
    expect(await checked.json()).toMatchObject({ siteId: SITE, ok: true });
    await s.page.getByText(s.ui(SITE_MESSAGES, 'checkOk')).waitFor();
    await s.checkpoint('new-site-checked');
  });

  it('creates it, then publishes the registration form it starts with', async () => {
    const created = await s.answered(
      () => s.button(s.ui(SITE_MESSAGES, 'create')).click(),
      '/api/admin/sites',
    );
    expect(created.status()).toBe(201);
    await s.page.getByText(s.ui(SITE_MESSAGES, 'starterDrafted')).waitFor();
    await s.checkpoint('site-created');
    await s.link(s.ui(SITE_MESSAGES, 'publishNext')).click();
    await s.page.getByText(s.ui(CHECK_MESSAGES, 'publishable')).waitFor();
    await s.page.getByLabel(s.ui(PUBLISH_MESSAGES, 'note')).fill('Formulaire d’inscription');
    const published = await s.answered(
      () => s.button(s.ui(PUBLISH_MESSAGES, 'publish', { n: 2 })).click(),
      '/admin/publish',
    );
    expect(published.status()).toBe(201);
    await s.page.getByText(s.ui(PUBLISH_MESSAGES, 'published', { n: 2 })).waitFor();
    await s.checkpoint('registration-published');
    // The new site inherits the template's definitions: its SOP, lookups, forms.
    await s.tab('definitions');
    await s.page.locator('#kind-sop').waitFor();
    await s.page.locator('#kind-form').waitFor();
    await s.checkpoint('site-definitions');
  });

  it('creates the caseworker, and a second account it then deactivates', async () => {
    await s.tab('users');
    const create = s.page.locator('form', {
      has: s.page.getByRole('heading', { name: s.ui(USER_MESSAGES, 'createTitle') }),
    });
    const add = async (username: string, name: string) => {
      await create.getByLabel(s.ui(USER_MESSAGES, 'username')).fill(username);
      await create.getByLabel(s.ui(USER_MESSAGES, 'displayName')).fill(name);
      await create.getByLabel(s.ui(USER_MESSAGES, 'password')).fill(DEMO_PASSWORD);
      await create.getByLabel(s.ui(USER_MESSAGES, 'language')).selectOption('fr');
      await create.getByLabel(s.ui(USER_MESSAGES, 'role')).selectOption('case_manager');
      const reply = await s.answered(
        () => create.getByRole('button', { name: s.ui(USER_MESSAGES, 'create') }).click(),
        '/admin/users',
      );
      expect(reply.status()).toBe(201);
      await s.page.getByRole('row', { name: new RegExp(username.replace('.', '\\.')) }).waitFor();
    };
    await add(WORKER, 'Awa Diop');
    await add('pilot.volunteer', 'Moussa Ndiaye');
    const row = s.page.getByRole('row', { name: /pilot\.volunteer/ });
    await s.answered(
      () =>
        row
          .getByRole('button', { name: s.ui(USER_MESSAGES, 'deactivate', { name: 'Moussa Ndiaye' }) })
          .click(),
      '/active',
      'PUT',
    );
    await row.getByText(s.ui(USER_MESSAGES, 'inactive')).waitFor();
    await s.checkpoint('users');
    await s.signOut();
  });

  it('the caseworker registers a client and opens a case at the new site', async () => {
    const ui = (table: Parameters<typeof formatMessage>[0], id: string) => formatMessage(table, id, 'fr');
    await s.j.signIn(WORKER);
    await expect(s.page.locator('.site-name').textContent()).resolves.toContain('Pilote de Dakar');
    await s.checkpoint('caseworker-work');
    await s.j.link(ui(SHELL_MESSAGES, 'findPerson')).click();
    await s.page.getByRole('heading', { name: ui(PERSON_MESSAGES, 'searchTitle') }).waitFor();
    await s.j.link(new RegExp(ui(PERSON_MESSAGES, 'register'))).click();
    await s.page.locator('.engine-form').waitFor();
    await s.j.fill({ firstName: 'Fatou', lastName: 'Sow', birthDate: '1994-05-17' });
    await s.checkpoint('caseworker-registration');
    const registered = await s.answered(
      () => s.j.button(ui(PERSON_MESSAGES, 'registerSubmit')).click(),
      '/persons',
    );
    expect(registered.status()).toBe(201);
    await s.page.waitForURL(/\/persons\/[0-9a-f-]{30,}$/);
    await s.j.button(ui(PERSON_MESSAGES, 'openCase')).click();
    await s.page.waitForURL(/\/cases\/[^/?]+$/);
    await s.page.locator('.stage-bar').waitFor();
    expect(s.page.url()).toContain(`/sites/${SITE}/cases/`);
    await s.checkpoint('caseworker-case-opened');
  });

  it('no page had serious or critical accessibility problems or sideways overflow', () => {
    expect(s.j.problems).toEqual([]);
  });
});
