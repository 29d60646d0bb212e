import type { Page, Response } from 'playwright-core';
import { expect } from 'vitest';
import { APPROVAL_MESSAGES } from '../../../runtime-ui/src/cases/approval-messages.js';
import { CASE_MESSAGES } from '../../../runtime-ui/src/cases/case-messages.js';
import { PANEL_MESSAGES } from '../../../runtime-ui/src/cases/panel-messages.js';
import { STATUS_MESSAGES } from '../../../runtime-ui/src/cases/status-messages.js';
import { TASK_MESSAGES } from '../../../runtime-ui/src/cases/task-messages.js';
import { COMMON_MESSAGES } from '../../../runtime-ui/src/common/common-messages.js';
import { SHELL_MESSAGES } from '../../../runtime-ui/src/common/shell-messages.js';
import { CASE_FORM_MESSAGES } from '../../../runtime-ui/src/forms/case-form-messages.js';
import { PERSON_MESSAGES } from '../../../runtime-ui/src/persons/person-messages.js';
import type { Journey } from './journey.js';
import type { SiteTexts } from './site-texts.js';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The caseworker's moves on persons and cases, by what the screen says in the user's language. */
export class CaseSteps {
  constructor(
    readonly j: Journey,
    readonly tx: SiteTexts,
  ) {}

  get page(): Page {
    return this.j.page;
  }

  private async answered(action: () => Promise<void>, urlPart: string, method = 'POST'): Promise<Response> {
    const [response] = await Promise.all([
      this.page.waitForResponse((r) => r.url().includes(urlPart) && r.request().method() === method),
      action(),
    ]);
    return response;
  }

  /** Runs a case action by clicking and expects the server to accept it. */
  async act(action: () => Promise<void>): Promise<void> {
    const response = await this.answered(action, '/actions');
    expect(response.status(), await response.text()).toBe(200);
    await this.page.waitForLoadState('networkidle');
  }

  // ---- persons

  async findPersons(): Promise<void> {
    await this.j.link(this.tx.ui(SHELL_MESSAGES, 'findPerson')).click();
    await this.page.getByRole('heading', { name: this.tx.ui(PERSON_MESSAGES, 'searchTitle') }).waitFor();
  }

  async search(name: string): Promise<void> {
    await this.page.getByLabel(this.tx.ui(PERSON_MESSAGES, 'name'), { exact: true }).fill(name);
    await this.j.button(this.tx.ui(PERSON_MESSAGES, 'search')).click();
    await this.page.locator('#results-title').waitFor();
    await this.page.waitForLoadState('networkidle');
  }

  async startRegistration(data: Record<string, unknown>): Promise<void> {
    await this.j.link(new RegExp(escapeRegExp(this.tx.ui(PERSON_MESSAGES, 'register')))).click();
    await this.page.locator('.engine-form').waitFor();
    await this.j.fill(data);
  }

  async register(): Promise<Response> {
    return this.answered(
      () => this.j.button(this.tx.ui(PERSON_MESSAGES, 'registerSubmit')).click(),
      '/persons',
    );
  }

  async openCase(): Promise<string> {
    await this.j.button(this.tx.ui(PERSON_MESSAGES, 'openCase')).click();
    await this.page.waitForURL(/\/cases\/[^/?]+$/);
    await this.page.locator('.stage-bar').waitFor();
    return this.page.url().split('/cases/')[1] as string;
  }

  // ---- the case page

  async gotoCase(caseId: string): Promise<void> {
    await this.page.goto(`${this.j.base}/sites/${this.tx.siteId}/cases/${caseId}`);
    await this.page.locator('.stage-bar').waitFor();
    await this.page.waitForLoadState('networkidle');
  }

  async tab(id: string): Promise<void> {
    await this.page
      .locator('nav.tabs')
      .getByRole('link', { name: this.tx.ui(CASE_MESSAGES, `tab_${id}`), exact: true })
      .click();
    await this.page.waitForLoadState('networkidle');
  }

  currentStage() {
    return this.page.locator('.stage-current .stage-name');
  }

  /** Opens a form from the Forms tab, fills it with `data` and submits it. */
  async submitForm(formId: string, data: Record<string, unknown>): Promise<void> {
    await this.openForm(formId);
    await this.j.fill(data);
    await this.submitOpenForm(formId);
  }

  async openForm(formId: string): Promise<void> {
    await this.tab('forms');
    await this.page
      .getByRole('link', { name: new RegExp(`: ${escapeRegExp(this.tx.form(formId))}$`) })
      .click();
    await this.page.locator('.engine-form').waitFor();
    await this.page.waitForLoadState('networkidle');
  }

  async submitOpenForm(formId: string): Promise<void> {
    const response = await this.answered(
      () => this.j.button(this.tx.ui(CASE_FORM_MESSAGES, 'submit')).click(),
      `/forms/${formId}`,
    );
    expect(response.status(), await response.text()).toBe(201);
    await this.page.locator('.stage-bar').waitFor();
    await this.page.waitForLoadState('networkidle');
  }

  async advance(transitionId: string): Promise<void> {
    await this.tab('overview');
    await this.act(() => this.j.button(this.tx.transition(transitionId)).click());
  }

  /** The reasons listed under a blocked move. */
  blockedReasons(transitionId: string) {
    return this.page.locator(`#why-${transitionId}`);
  }

  async closeWith(transitionId: string): Promise<void> {
    await this.tab('overview');
    await this.j.button(this.tx.transition(transitionId)).click();
    await this.act(() =>
      this.page
        .locator('dialog')
        .getByRole('button', { name: this.tx.ui(CASE_MESSAGES, 'confirm'), exact: true })
        .click(),
    );
  }

  async requestApproval(approvalId: string): Promise<void> {
    await this.tab('overview');
    await this.act(() =>
      this.j.button(this.tx.ui(APPROVAL_MESSAGES, 'request', { name: this.tx.approval(approvalId) })).click(),
    );
  }

  async approve(comment?: string): Promise<void> {
    await this.tab('overview');
    if (comment) await this.page.getByLabel(this.tx.ui(APPROVAL_MESSAGES, 'approveComment')).fill(comment);
    await this.act(() => this.j.button(this.tx.ui(APPROVAL_MESSAGES, 'approve')).click());
  }

  async returnApproval(reason: string): Promise<void> {
    await this.tab('overview');
    await this.j.button(this.tx.ui(APPROVAL_MESSAGES, 'returnWithComment')).click();
    const dialog = this.page.locator('dialog');
    await dialog.getByLabel(this.tx.ui(APPROVAL_MESSAGES, 'returnReason')).fill(reason);
    await this.act(() =>
      dialog
        .getByRole('button', { name: this.tx.ui(APPROVAL_MESSAGES, 'returnAction'), exact: true })
        .click(),
    );
  }

  async markDone(taskId: string): Promise<void> {
    await this.tab('overview');
    const task = this.page.locator('li.task', { hasText: this.tx.task(taskId) });
    await this.act(() => task.getByRole('button', { name: this.tx.ui(TASK_MESSAGES, 'markDone') }).click());
  }

  async closeCase(reason: string): Promise<void> {
    await this.tab('overview');
    await this.j.button(this.tx.ui(STATUS_MESSAGES, 'closeCase')).click();
    const dialog = this.page.locator('dialog');
    await dialog
      .getByLabel(this.tx.ui(STATUS_MESSAGES, 'closeReason'))
      .selectOption({ label: this.tx.closureReason(reason) });
    await this.act(() =>
      dialog.getByRole('button', { name: this.tx.ui(CASE_MESSAGES, 'confirm'), exact: true }).click(),
    );
  }

  async reopen(): Promise<void> {
    await this.tab('overview');
    await this.act(() => this.j.button(this.tx.ui(STATUS_MESSAGES, 'reopen')).click());
  }

  async addToTeam(displayName: string, roleId: string): Promise<void> {
    await this.tab('team');
    await this.page
      .getByLabel(this.tx.ui(PANEL_MESSAGES, 'staffMember'))
      .selectOption({ label: displayName });
    await this.page
      .getByLabel(this.tx.ui(PANEL_MESSAGES, 'role'))
      .selectOption({ label: this.tx.role(roleId) });
    await this.answered(() => this.j.button(this.tx.ui(PANEL_MESSAGES, 'addMember')).click(), '/team');
    await this.page.locator('.team-list', { hasText: displayName }).waitFor();
  }

  statusBadge() {
    return this.page.locator('.case-header .badge').first();
  }

  loading(): string {
    return this.tx.ui(COMMON_MESSAGES, 'loading');
  }
}
