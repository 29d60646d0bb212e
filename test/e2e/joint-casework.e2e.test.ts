import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_MESSAGES } from '../../runtime-ui/src/cases/history-messages.js';
import { PANEL_MESSAGES } from '../../runtime-ui/src/cases/panel-messages.js';
import { ApiSession } from './support/api-session.js';
import { type Browser, LAPTOP, launchBrowser } from './support/browser.js';
import { CaseSteps } from './support/case-steps.js';
import { Journey } from './support/journey.js';
import { type RunningPlatform, startPlatform } from './support/platform.js';
import { SiteTexts } from './support/site-texts.js';

const SITE = 'rs-youth-nes-csw';
const API = `/api/sites/${SITE}`;

/**
 * Joint casework in Paraćin (Serbian Cyrillic, laptop): the CSW case manager's team panel says
 * NES staff can join once the client consents to joint casework; the client gives the written
 * CSW–NES exchange consent; the NES employment counsellor is then offered under NES Paraćin, in
 * their own role only, with the consent and its end date; added, the team shows their partner and
 * the consent, and the history says they joined under the client's consent.
 */
describe('joint casework: an NES counsellor joins a CSW case (Serbian Cyrillic, laptop)', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let j: Journey;
  let steps: CaseSteps;
  let csw: ApiSession;
  const tx = new SiteTexts(SITE, 'sr-Cyrl');
  let personId = '';
  let caseId = '';
  let counsellor = '';

  beforeAll(async () => {
    platform = await startPlatform();
    browser = await launchBrowser(LAPTOP);
    j = new Journey(browser.page, platform.url, `${SITE}-joint-casework`);
    steps = new CaseSteps(j, tx);
    csw = await ApiSession.signIn(platform.url, 'paracin.csw_case_manager');
    const { person } = await csw.call<{ person: { id: string } }>('POST', `${API}/persons`, {
      data: {
        firstName: 'Јелена',
        lastName: 'Заједничка',
        sex: 'female',
        dateOfBirth: '2003-02-11',
        jmbg: '1102003715012',
        address: { street: 'Кнеза Милоша 3', municipality: 'paracin' },
      },
      confirmedNew: true,
    });
    personId = person.id;
    const opened = await csw.call<{ case: { case: { id: string } } }>('POST', `${API}/cases`, { personId });
    caseId = opened.case.case.id;
    const nes = await ApiSession.signIn(platform.url, 'paracin.nes_employment_counsellor');
    counsellor = (await nes.call<{ user: { displayName: string } }>('GET', '/api/auth/me')).user.displayName;
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await j.failed(task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('without the client’s consent, the panel says NES staff can join once the client consents', async () => {
    await j.signIn('paracin.csw_case_manager');
    await steps.gotoCase(caseId);
    await steps.tab('team');
    const hint = j.page.locator('.joint-hint');
    await hint.waitFor();
    expect(await hint.textContent()).toContain(tx.partner('nes-paracin'));
    const group = tx.ui(PANEL_MESSAGES, 'partnerUnderConsent', { partner: tx.partner('nes-paracin') });
    expect(await j.page.locator(`optgroup[label="${group}"]`).count()).toBe(0);
    await j.checkpoint('team-no-consent');
  });

  it('with it, the counsellor is offered under NES in their own role, with the consent, and joins', async () => {
    await csw.call('POST', `${API}/persons/${personId}/consents`, {
      purpose: 'csw-nes-exchange',
      givenBy: 'client',
      mode: 'written',
      evidence: 'Образац С-1',
    });
    await j.page.reload();
    await j.page.locator('.add-member select').first().waitFor();
    await expect(j.page.locator('.joint-hint').count()).resolves.toBe(0);
    const group = tx.ui(PANEL_MESSAGES, 'partnerUnderConsent', { partner: tx.partner('nes-paracin') });
    await j.page.locator(`optgroup[label="${group}"] option`, { hasText: counsellor }).waitFor({
      state: 'attached',
    });
    await j.page.getByLabel(tx.ui(PANEL_MESSAGES, 'staffMember')).selectOption({ label: counsellor });
    const roles = await j.page.getByLabel(tx.ui(PANEL_MESSAGES, 'role')).locator('option').allTextContents();
    expect(roles).toEqual(['—', tx.role('nes_employment_counsellor')]);
    const note = j.page.locator('.joint-note');
    expect(await note.textContent()).toContain(tx.text(purposeName()));
    await j.checkpoint('team-candidate-under-consent');
    await steps.addToTeam(counsellor, 'nes_employment_counsellor');
    const member = j.page.locator('.team-list li', { hasText: counsellor });
    expect(await member.locator('.badge').textContent()).toBe(tx.partner('nes-paracin'));
    expect(await member.textContent()).toContain(tx.text(purposeName()));
    await j.checkpoint('team-with-nes-counsellor');
    await steps.tab('history');
    const line = tx.ui(HISTORY_MESSAGES, 'team_added_joint', {
      name: counsellor,
      partner: tx.partner('nes-paracin'),
      role: tx.role('nes_employment_counsellor'),
    });
    await j.page.getByText(line).waitFor();
    await j.checkpoint('history-joined-under-consent');
    expect(j.problems).toEqual([]);
  });
});

function purposeName(): Readonly<Record<string, string>> {
  return {
    'sr-Cyrl': 'Размена података између ЦСР и НСЗ',
    'sr-Latn': 'Razmena podataka između CSR i NSZ',
    en: 'Information exchange between CSW and NES',
  };
}
