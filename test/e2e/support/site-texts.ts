import { loadSitesFromDisk } from '../../../platform/definitions/load-sites.js';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import { localize } from '../../../platform/kernel/localized-text.js';
import {
  formatMessage,
  type MessageParams,
  type MessageTable,
} from '../../../runtime-ui/src/common/message-table.js';
import type { UiLocale } from '../../../runtime-ui/src/common/ui-locales.js';

const bundles = new Map<string, SiteBundle>();

/** A site's checked definitions, as the platform publishes them. */
export function siteBundle(siteId: string): SiteBundle {
  let bundle = bundles.get(siteId);
  if (bundle === undefined) {
    bundle = loadSitesFromDisk().find((s) => s.siteId === siteId)?.bundle;
    if (bundle === undefined) throw new Error(`No site ${siteId}`);
    bundles.set(siteId, bundle);
  }
  return bundle;
}

/**
 * What the user reads, in one language: the UI's own messages and the site's definition texts
 * (form titles, transition, task and approval names, option labels).
 */
export class SiteTexts {
  readonly bundle: SiteBundle;

  constructor(
    readonly siteId: string,
    readonly locale: UiLocale,
  ) {
    this.bundle = siteBundle(siteId);
  }

  ui(table: MessageTable, id: string, params: MessageParams = {}): string {
    return formatMessage(table, id, this.locale, params);
  }

  text(value: Readonly<Record<string, string>> | undefined): string {
    return localize(value, this.locale, ['en']);
  }

  form(formId: string): string {
    return this.text(this.bundle.forms[formId]?.title);
  }

  private sop() {
    const sop = Object.values(this.bundle.sops)[0];
    if (sop === undefined) throw new Error('no SOP');
    return sop;
  }

  transition(id: string): string {
    for (const stage of this.sop().stages) {
      const found = stage.transitions?.find((t) => t.id === id);
      if (found) return this.text(found.name);
    }
    throw new Error(`no transition ${id}`);
  }

  stage(id: string): string {
    return this.text(this.sop().stages.find((s) => s.id === id)?.name);
  }

  approval(id: string): string {
    return this.text(this.sop().approvals?.find((a) => a.id === id)?.name);
  }

  task(id: string): string {
    for (const stage of this.sop().stages) {
      const found = stage.tasks?.find((t) => t.id === id);
      if (found) return this.text(found.name);
    }
    return this.text(this.sop().discretionaryTasks?.find((t) => t.id === id)?.name);
  }

  closureReason(value: string): string {
    const reasons = this.sop().closure.reasons;
    const options = Array.isArray(reasons) ? reasons : (this.bundle.lookups[reasons.lookup]?.options ?? []);
    return this.text(options.find((o) => o.value === value)?.label);
  }

  partner(id: string): string {
    return this.text(this.bundle.site.partners.find((p) => p.id === id)?.name);
  }

  role(id: string): string {
    return this.text(this.bundle.site.roles.find((r) => r.id === id)?.name);
  }
}
