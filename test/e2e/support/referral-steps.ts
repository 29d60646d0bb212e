import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { CASE_MESSAGES } from '../../../runtime-ui/src/cases/case-messages.js';
import { SHELL_MESSAGES } from '../../../runtime-ui/src/common/shell-messages.js';
import { CONSENT_MESSAGES } from '../../../runtime-ui/src/consent/consent-messages.js';
import { SENDING_MESSAGES } from '../../../runtime-ui/src/referrals/case/sending-messages.js';
import { REFERRAL_ACTION_MESSAGES } from '../../../runtime-ui/src/referrals/view/referral-action-messages.js';
import { REFERRAL_DATA_MESSAGES } from '../../../runtime-ui/src/referrals/view/referral-data-messages.js';
import { REFERRAL_MESSAGES } from '../../../runtime-ui/src/referrals/view/referral-messages.js';
import { WORK_MESSAGES } from '../../../runtime-ui/src/work/work-messages.js';
import type { Journey } from './journey.js';
import type { SiteTexts } from './site-texts.js';

/** How the client's consent is recorded from the draft, when the protocol needs it and none covers it. */
export type ConsentGiven = {
  readonly givenBy?: string;
  readonly mode: 'written' | 'verbal';
  readonly evidence?: string;
};

/** The status each move of the receiver leads to. */
const REACHES = {
  receive: 'received',
  accept: 'accepted',
  start: 'in_progress',
  complete: 'completed',
  hold: 'on_hold',
  resume: 'in_progress',
} as const;

/** Sending and answering referrals in the caseworker UI, by what the screen says in the user's language. */
export class ReferralSteps {
  constructor(
    readonly j: Journey,
    readonly tx: SiteTexts,
  ) {}

  get page(): Page {
    return this.j.page;
  }

  s(id: string, params: Record<string, string> = {}): string {
    return this.tx.ui(SENDING_MESSAGES, id, params);
  }

  protocolName(id: string): string {
    return this.tx.text(this.tx.bundle.referrals[id]?.name);
  }

  /** Signs in and switches the UI to the journey's language (from whichever the user had). */
  async signIn(username: string): Promise<void> {
    await this.j.signIn(username);
    const anyLanguage = Object.values(SHELL_MESSAGES.language).join('|');
    await this.page
      .getByLabel(new RegExp(`^(${anyLanguage})$`))
      .first()
      .selectOption(this.tx.locale);
    await this.page.getByRole('heading', { level: 1, name: this.tx.ui(WORK_MESSAGES, 'title') }).waitFor();
  }

  async signOut(): Promise<void> {
    await this.j.signOut(this.tx.ui(SHELL_MESSAGES, 'signOut'));
  }

  /** The case page's Referrals tab. */
  async referralsTab(caseId: string): Promise<void> {
    await this.page.goto(`${this.j.base}/sites/${this.tx.siteId}/cases/${caseId}`);
    await this.page
      .locator('nav.tabs')
      .getByRole('link', { name: this.tx.ui(CASE_MESSAGES, 'tab_referrals'), exact: true })
      .click();
    await this.page.getByRole('heading', { name: this.s('referrals'), level: 2 }).waitFor();
    await this.page.waitForLoadState('networkidle');
  }

  /** Refer → the reason → a draft; returns the referral's id (from the draft page's address). */
  async startDraft(protocolId: string, reason: string, checkpoint?: string): Promise<string> {
    const name = this.protocolName(protocolId);
    await this.j.button(this.s('referTo', { name })).click();
    const dialog = this.page.locator('dialog');
    await dialog.getByLabel(this.s('reason')).selectOption(reason);
    if (checkpoint) await this.j.checkpoint(checkpoint);
    await dialog.getByRole('button', { name: this.s('startDraft') }).click();
    await this.page.waitForURL(/\/referrals\/[^/]+\/send$/);
    await this.page.getByRole('heading', { name, level: 1 }).waitFor();
    return this.page.url().split('/referrals/')[1]?.split('/')[0] as string;
  }

  /** The draft's warning that no consent covers the receiver, naming the consent purpose. */
  consentMissing(purposeId: string): Locator {
    const purpose = this.tx.text(this.tx.bundle.site.consentPurposes?.find((p) => p.id === purposeId)?.name);
    return this.page.locator('.notice-warn').filter({ hasText: purpose });
  }

  /** Records the client's consent from the draft (purpose and recipient preset by the protocol). */
  async recordConsent(consent: ConsentGiven, checkpoint?: string): Promise<void> {
    await this.j.button(this.s('recordConsent')).click();
    const dialog = this.page.locator('dialog');
    const c = (id: string) => this.tx.ui(CONSENT_MESSAGES, id);
    if (consent.givenBy) await dialog.getByLabel(c('givenBy')).selectOption(consent.givenBy);
    const mode = dialog.getByRole('radio', { name: c(`mode_${consent.mode}`) });
    if (!(await mode.isDisabled())) await mode.check();
    if (consent.evidence) await dialog.getByLabel(c('evidence')).fill(consent.evidence);
    if (checkpoint) await this.j.checkpoint(checkpoint);
    await dialog.getByRole('button', { name: c('save') }).click();
    await this.page.locator('section[aria-labelledby="draft-consent-title"] .notice-ok').waitFor();
  }

  /** Fills in the protocol's referral form on the draft and saves it. */
  async fillReferralForm(data: Record<string, unknown>): Promise<void> {
    await this.j.fill(data);
    await this.j.button(this.s('saveForm')).click();
    await this.page.getByText(this.s('formSaved')).waitFor();
  }

  /** What the draft says will be shared with the receiver. */
  sharedPreview(): Locator {
    return this.page.locator('section[aria-labelledby="draft-shared-title"]');
  }

  /** Sends the draft: back on the case's Referrals tab, the referral is listed as waiting for an answer. */
  async send(protocolId: string): Promise<Locator> {
    await this.j.button(this.s('send')).click();
    await this.page.waitForURL(/\/cases\/[^/?]+\?tab=referrals$/);
    const item = this.caseItem(protocolId);
    await item.waitFor();
    expect(await item.textContent()).toContain(this.s('status_requested'));
    return item;
  }

  /** The referral's line on the case's Referrals tab (this referral's, when the protocol was used twice). */
  caseItem(protocolId: string, referralId?: string): Locator {
    const items = this.page.locator('.referral-item').filter({ hasText: this.protocolName(protocolId) });
    return (
      referralId === undefined
        ? items
        : items.filter({ has: this.page.locator(`a[href$="/referrals/${referralId}"]`) })
    ).first();
  }

  /** A move of the receiver (or sender) on the referral page, and the notice of the status it reached. */
  async act(action: keyof typeof REACHES): Promise<void> {
    await this.j.button(this.tx.ui(REFERRAL_ACTION_MESSAGES, `action_${action}`)).click();
    await this.page
      .getByText(
        this.tx.ui(REFERRAL_ACTION_MESSAGES, 'done', {
          status: this.tx.ui(REFERRAL_MESSAGES, `status_${REACHES[action]}`),
        }),
      )
      .waitFor();
  }

  /** The shared data on the referral page (all the receiver knows of the client). */
  sharedData(): Locator {
    return this.page.locator('section[aria-labelledby=shared-title]');
  }

  /** Fills in and sends the counter-referral from the referral page. */
  async sendCounterReferral(data: Record<string, unknown>, checkpoint?: string): Promise<void> {
    await this.j.fill(data);
    if (checkpoint) await this.j.checkpoint(checkpoint);
    await this.j.button(this.tx.ui(REFERRAL_DATA_MESSAGES, 'counterSubmit')).click();
    await this.page.getByText(this.tx.ui(REFERRAL_DATA_MESSAGES, 'counterSent')).waitFor();
  }

  /** The counter-referral section of the referral page. */
  counterReferral(): Locator {
    return this.page.locator('section[aria-labelledby=counter-title]');
  }
}
