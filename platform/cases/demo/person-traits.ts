import type { SiteBundle } from '../../definitions/site-bundle.js';
import { addDays, addMonths } from '../../kernel/dates.js';
import type { JsonObject } from '../../kernel/json.js';
import { dottedToPointer, getAtPointer } from '../../kernel/json-pointer.js';
import { ageBand } from './age-band.js';
import { fieldAtPointer } from './data-pointers.js';
import { cultureOfLanguage, type NameCulture } from './name-pools.js';
import { optionValues } from './option-values.js';
import type { Script, Sex } from './person-name.js';
import type { SeededRandom } from './seeded-random.js';

/** Who a generated person is before their form is filled: sex, language, naming, age. */
export type PersonTraits = {
  readonly sex: Sex;
  /** The value for the registration's sex field (the site's own code for `sex`). */
  readonly sexValue: string;
  /** The value for the registration's language field, if it has one. */
  readonly language: string | undefined;
  readonly culture: NameCulture;
  readonly script: Script;
  readonly birthDate: string;
};

/** Share of persons outside the target group's ages (they meet the ineligible exits). */
const OUT_OF_BAND = 0.06;

/** Draws a person's traits for a registration on `registeredOn`, modelled on a scenario client. */
export function personTraits(
  bundle: SiteBundle,
  random: SeededRandom,
  model: JsonObject,
  registeredOn: string,
  typical = false,
): PersonTraits {
  const registration = bundle.site.registration;
  const sexField = registration?.sexField;
  const sexOptions = sexField === undefined ? [] : fieldOptions(bundle, sexField);
  const sex: Sex = random.chance(0.5) ? 'female' : 'male';
  const sexValue = sexOptions.find((v) => (sex === 'female' ? FEMALE : MALE).test(v)) ?? sex;
  const language = languageOf(bundle, random, model);
  const culture = cultureFor(bundle, language);
  const script = scriptFor(bundle, language, culture);
  const birthDate = birthDateOf(bundle, random, sex, registeredOn, typical ? 0 : OUT_OF_BAND);
  return { sex, sexValue, language, culture, script, birthDate };
}

const FEMALE = /^(f|female|woman|women|ž|ж)/i;
const MALE = /^(m|male|man|men|м)/i;

function fieldOptions(bundle: SiteBundle, path: string): string[] {
  const form = bundle.forms[bundle.site.registration?.form.form ?? ''];
  const field = form === undefined ? undefined : fieldAtPointer(form.fields, dottedToPointer(path));
  return optionValues(bundle, field?.options).map(String);
}

function languageOf(bundle: SiteBundle, random: SeededRandom, model: JsonObject): string | undefined {
  const path = bundle.site.registration?.languageField;
  if (path === undefined) return undefined;
  const options = fieldOptions(bundle, path);
  const modelled = getAtPointer(model, dottedToPointer(path));
  if (typeof modelled === 'string' && random.chance(0.75)) return modelled;
  return options.length > 0 ? random.pick(options) : bundle.site.defaultLocale;
}

/** The person's naming culture: their language's, when the site's population speaks it. */
function cultureFor(bundle: SiteBundle, language: string | undefined): NameCulture {
  const site = bundle.site;
  const defaultCulture = cultureOfLanguage(site.defaultLocale) ?? 'en';
  const spoken = site.locales
    .map(cultureOfLanguage)
    .filter((c) => c !== undefined && (c !== 'en' || defaultCulture === 'en' || site.defaultLocale === 'en'));
  const own = language === undefined ? undefined : cultureOfLanguage(language);
  return own !== undefined && spoken.includes(own) ? own : defaultCulture;
}

function scriptFor(bundle: SiteBundle, language: string | undefined, culture: NameCulture): Script {
  if (culture === 'ru') return 'cyrillic';
  const tag =
    language !== undefined && /-(Latn|Cyrl)$/i.test(language) ? language : bundle.site.defaultLocale;
  return /-Cyrl$/i.test(tag) ? 'cyrillic' : 'latin';
}

function birthDateOf(
  bundle: SiteBundle,
  random: SeededRandom,
  sex: Sex,
  on: string,
  outside: number,
): string {
  const band = ageBand(bundle.site, sex);
  let age = random.int(band.min, band.max - 1);
  if (random.chance(outside)) {
    const younger = band.min > 0 && random.chance(0.5);
    age = younger ? random.int(Math.max(0, band.min - 3), band.min - 1) : random.int(band.max, band.max + 2);
  }
  const birthday = addMonths(on, -12 * age) ?? on;
  return addDays(birthday, -random.int(0, 364)) ?? birthday;
}
