import type { FormDefinition } from '../definitions/definition-types.generated.js';
import { fieldAt } from '../definitions/form-field-at.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import { dateInZone } from '../kernel/dates.js';
import type { LocalizedText } from '../kernel/localized-text.js';
import { fillPhrase, listText, longDate, siteText } from './client-text.js';
import type { ConsentRecord } from './consent.js';
import type { DisclosureEntry } from './disclosure.js';
import { type DisclosurePhrases, disclosurePhrases } from './disclosure-phrases.js';
import { recipientName } from './receiver.js';
import { instant } from './site-time.js';

/** One line of the report: the entry's instant and the sentence the client reads. */
export type DisclosureReportLine = { at: string; entry: DisclosureEntry; text: string };

/** What the report may name besides the entries: consent dates and user names. */
export type DisclosureReportOptions = {
  /** The person's consent records, to date the consent each disclosure relied on. */
  readonly consents?: readonly ConsentRecord[];
  /** Display names of users, for entries that name the user who saw the data. */
  readonly userNames?: Readonly<Record<string, string>>;
};

/** Sentence case inside a sentence: "Date of birth" → "date of birth", but "DA decision" stays. */
const inSentence = (label: string): string =>
  /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLocaleLowerCase() + label.slice(1) : label;

/** A field's label in a sentence; a field inside a group or repeat item says which: "household members (name)". */
function fieldLabel(
  form: FormDefinition | undefined,
  path: string,
  text: (t: LocalizedText | undefined) => string,
) {
  const title = (p: string) => {
    const t = form && fieldAt(form, p)?.title;
    return t === undefined ? p : inSentence(text(t));
  };
  const steps = path.split('.');
  const [first = ''] = steps;
  return steps.length === 1 ? title(path) : `${title(first.replace(/\[\]$/, ''))} (${title(path)})`;
}

/** The labels of the disclosed fields; the registration name fields together read as "name". */
function fieldLabels(
  bundle: SiteBundle,
  fields: readonly string[],
  locale: string,
  words: DisclosurePhrases,
) {
  const text = siteText(bundle, locale);
  const registration = bundle.site.registration;
  const nameKeys = (registration?.nameFields ?? []).map((f) => `${registration?.form.form}/${f}`);
  const wholeName = nameKeys.length > 0 && nameKeys.every((k) => fields.includes(k));
  const labels: string[] = [];
  for (const key of fields) {
    if (wholeName && nameKeys.includes(key)) {
      if (key === nameKeys[0]) labels.push(words.name);
      continue;
    }
    const [formId = '', path = ''] = key.split('/');
    labels.push(fieldLabel(bundle.forms[formId], path, text));
  }
  return labels;
}

function basis(
  bundle: SiteBundle,
  e: DisclosureEntry,
  locale: string,
  options: DisclosureReportOptions,
): string {
  const words = disclosurePhrases(locale);
  if (e.reason === 'break_glass' || e.purpose === null) return words.emergency;
  const purpose = siteText(
    bundle,
    locale,
  )(bundle.site.consentPurposes?.find((p) => p.id === e.purpose)?.name);
  const consent = options.consents?.find((c) => c.id === e.consentId);
  const day = (at: string) => longDate(dateInZone(new Date(at), bundle.site.timeZone ?? 'UTC'), locale);
  const values = { purpose: purpose || e.purpose };
  return consent === undefined
    ? fillPhrase(words.consentFor, values)
    : fillPhrase(words.consentOf, { ...values, consentDate: day(consent.givenAt) });
}

/**
 * The client's disclosure log in plain words, oldest first, in `locale` (en, fr, uz, ru, sr-Cyrl,
 * sr-Latn; others read English phrases with the site's texts): who received or saw which data,
 * when, and under which consent — "On 3 March 2025 Employment Service received your name, date of
 * birth and disability group, under your consent of 1 March 2025 for “Referral to employment”."
 * Entries that disclosed no field are left out.
 */
export function disclosureReport(
  entries: readonly DisclosureEntry[],
  locale: string,
  bundle: SiteBundle,
  options: DisclosureReportOptions = {},
): DisclosureReportLine[] {
  const words = disclosurePhrases(locale);
  const text = siteText(bundle, locale);
  const zone = bundle.site.timeZone ?? 'UTC';
  return [...entries]
    .filter((e) => e.fields.length > 0)
    .sort((a, b) => instant(a.at) - instant(b.at))
    .map((e) => {
      const values = {
        date: longDate(dateInZone(new Date(e.at), zone), locale),
        recipient: text(recipientName(bundle, e.recipientPartner)) || e.recipientPartner,
        user: (e.recipientUser && options.userNames?.[e.recipientUser]) || words.someone,
        fields: listText(fieldLabels(bundle, e.fields, locale, words), locale),
      };
      const head = fillPhrase(e.reason === 'referral' ? words.referral : words.access, values);
      return { at: e.at, entry: e, text: `${head}${basis(bundle, e, locale, options)}` };
    });
}
