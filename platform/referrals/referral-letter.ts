import type { ReferralDefinition } from '../definitions/definition-types.generated.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import { formReadout } from '../forms/index.js';
import { isJsonObject } from '../kernel/json.js';
import { clientLocale, fillPlaceholders, intlLocale, longDate, siteText } from './client-text.js';
import { BLANK, DEFAULT_LETTER } from './letter-phrases.js';
import { optionOf } from './options.js';
import { receiverKey, recipientName } from './receiver.js';
import type { Referral } from './referral.js';
import type { SharedView } from './shared-view.js';

/** One line of the shared data on a letter: a field's label and its value as text. */
export type ReferralLetterLine = { form: string; label: string; value: string; depth: number };

/** A printable referral letter, for receivers not on the system and as the client's copy. */
export type ReferralLetter = { locale: string; title: string; body: string; lines: ReferralLetterLine[] };

/** The client's name from the shared registration data; a blank when the protocol does not share it. */
function clientName(bundle: SiteBundle, shared: SharedView): string {
  const registration = bundle.site.registration;
  const person = registration && shared.data[registration.form.form];
  const parts = (registration?.nameFields ?? []).map((f) => (isJsonObject(person) ? person[f] : undefined));
  const name = parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(' ');
  return name === '' ? BLANK : name;
}

function receiverText(bundle: SiteBundle, referral: Referral, text: ReturnType<typeof siteText>): string {
  const receiver = text(recipientName(bundle, receiverKey(referral.receiver)));
  const service = referral.serviceId === null ? undefined : bundle.services[referral.serviceId];
  return service === undefined || referral.receiver.kind === 'organization'
    ? receiver
    : `${receiver} (${text(service.name)})`;
}

function sharedLines(bundle: SiteBundle, shared: SharedView, locale: string): ReferralLetterLine[] {
  return Object.entries(shared.data).flatMap(([form, data]) =>
    formReadout(bundle, form, data, intlLocale(locale)).map((line) => ({
      form,
      label: line.label,
      value: line.value,
      depth: line.depth,
    })),
  );
}

/**
 * The referral letter in `locale` (default: the client's language from the shared registration
 * data, else the site default): the protocol's `letter` (or a standard one) with
 * `{{client.name}}`, `{{sender.partner}}`, `{{receiver}}`, `{{reason}}` and `{{dueDate}}` filled
 * in, followed by the shared fields — and nothing else of the case.
 */
export function referralLetter(
  bundle: SiteBundle,
  protocol: ReferralDefinition,
  referral: Referral,
  shared: SharedView,
  locale?: string,
): ReferralLetter {
  const registration = bundle.site.registration?.form.form;
  const lang =
    locale ?? clientLocale(bundle, registration === undefined ? undefined : shared.data[registration]);
  const text = siteText(bundle, lang);
  const template = protocol.letter ?? DEFAULT_LETTER;
  const reason = optionOf(bundle, protocol.reasons, referral.reason);
  const values = {
    'client.name': clientName(bundle, shared),
    'sender.partner': text(bundle.site.partners.find((p) => p.id === referral.sender.partnerId)?.name),
    receiver: receiverText(bundle, referral, text),
    reason: reason === undefined ? BLANK : text(reason.label),
    dueDate: referral.responseDue === null ? BLANK : longDate(referral.responseDue.dueDate, lang),
  };
  return {
    locale: lang,
    title: fillPlaceholders(text(template.title), values),
    body: fillPlaceholders(text(template.body), values),
    lines: sharedLines(bundle, shared, lang),
  };
}
