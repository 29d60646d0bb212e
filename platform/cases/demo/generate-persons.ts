import type { SiteBundle } from '../../definitions/site-bundle.js';
import type { JsonObject } from '../../kernel/json.js';
import { adaptTemplate } from './adapt-template.js';
import type { FillContext } from './field-value.js';
import { settleFormData } from './form-filler.js';
import type { NameCulture } from './name-pools.js';
import type { Sex } from './person-name.js';
import { personSubstitution } from './person-substitution.js';
import { personTraits } from './person-traits.js';
import { registrationCore, varyContacts } from './registration-core.js';
import { scenarioLibrary } from './scenario-library.js';
import { type SeededRandom, seededRandom } from './seeded-random.js';
import { siteDay } from './site-day.js';

/** A synthetic client: valid registration data and who they are. */
export type GeneratedPerson = {
  /** Position in the generated sequence; the same index and seed give the same person. */
  readonly index: number;
  /** Registration data, valid for the site's registration form. */
  readonly data: JsonObject;
  readonly registeredAt: Date;
  readonly sex: Sex;
  readonly culture: NameCulture;
  /** The scenario client this person is modelled on (their case data adapts that scenario's forms). */
  readonly model: JsonObject;
};

export type GeneratePersonsOptions = {
  readonly bundle: SiteBundle;
  readonly count: number;
  /** Default 1. */
  readonly seed?: string | number;
  /** Registrations fall in the `windowDays` before it. Default: today 00:00 UTC. */
  readonly now?: Date;
  /** Default 540 (18 months). */
  readonly windowDays?: number;
  /** Index of the first person (to generate in slices); default 0. */
  readonly from?: number;
};

/**
 * Today 00:00 UTC: the default reference instant — runs on one day give the same data, and
 * nothing generated lies in the future.
 */
export function defaultNow(): Date {
  return new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);
}

/**
 * Synthetic registration data for `count` persons of a site, without touching a database: names
 * of the site's languages in the person's script, ages of the target group (a few outside it),
 * identifiers per the national scheme, and the registration form's other fields modelled on the
 * SOP scenarios' clients, varied — each one valid for the registration form. Person `i` depends on
 * the seed and `i` only, so any slice can be generated alone (benchmarks, parallel writers).
 */
export function* generatePersons(options: GeneratePersonsOptions): Generator<GeneratedPerson> {
  const now = (options.now ?? defaultNow()).getTime();
  const window = (options.windowDays ?? 540) * 86_400_000;
  const root = seededRandom(options.seed ?? 1).fork('persons');
  const from = options.from ?? 0;
  for (let index = from; index < from + options.count; index++) {
    const random = root.fork(index);
    const registeredAt = new Date(now - Math.floor(random.next() * window));
    yield generatePerson(options.bundle, random, index, registeredAt);
  }
}

/**
 * One person registered at `registeredAt`, drawn from `random`. A `typical` person is modelled on
 * the scenarios' most frequent client with only their names, age (inside the target group's band)
 * and contacts drawn anew: someone the SOP's main path is meant for.
 */
export function generatePerson(
  bundle: SiteBundle,
  random: SeededRandom,
  index: number,
  registeredAt: Date,
  typical = false,
): GeneratedPerson {
  const registration = bundle.site.registration;
  const form = bundle.forms[registration?.form.form ?? ''];
  if (registration === undefined || form === undefined)
    throw new Error(`Site ${bundle.siteId} has no registration form.`);
  const library = scenarioLibrary(bundle);
  // Most clients resemble the scenarios' usual client; some the others (ineligible, other routes).
  const usual = typical || random.chance(0.6);
  const model =
    library.persons.length === 0 ? {} : usual ? mostFrequent(library.persons) : random.pick(library.persons);
  const today = siteDay(registeredAt, bundle.site.timeZone ?? 'UTC');
  const traits = personTraits(bundle, random.fork('traits'), model, today, typical);
  const core = registrationCore(bundle, random.fork('core'), traits, model);
  const ctx: FillContext = {
    bundle,
    random: random.fork('fill'),
    today,
    library,
    locale: bundle.site.defaultLocale,
  };
  const substitution = personSubstitution(registration, model, core);
  const variation = typical ? 0 : 0.1;
  const adapted = adaptTemplate(
    model,
    form.fields.properties,
    { substitution, shiftDays: 0, variation },
    ctx,
  );
  const base = varyContacts(overlay(adapted, core), form.fields.properties, ctx);
  const filled = settleFormData(form.id, overlay(base, core), ctx);
  if (!filled.ok)
    throw new Error(`Generated registration of person ${index} is invalid: ${JSON.stringify(filled.errors)}`);
  return { index, data: filled.data, registeredAt, sex: traits.sex, culture: traits.culture, model };
}

const usualClients = new WeakMap<readonly JsonObject[], JsonObject>();

function mostFrequent(persons: readonly JsonObject[]): JsonObject {
  const cached = usualClients.get(persons);
  if (cached !== undefined) return cached;
  const counts = new Map<string, { person: JsonObject; n: number }>();
  for (const person of persons) {
    const key = JSON.stringify(person);
    const entry = counts.get(key) ?? { person, n: 0 };
    entry.n += 1;
    counts.set(key, entry);
  }
  const usual = [...counts.values()].reduce((a, b) => (b.n > a.n ? b : a)).person;
  usualClients.set(persons, usual);
  return usual;
}

/** `core` (names, birth date, identifiers…) wins over whatever the template carried. */
function overlay(base: JsonObject, core: JsonObject): JsonObject {
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(core)) {
    const inner = out[key];
    out[key] =
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      inner &&
      typeof inner === 'object'
        ? overlay(inner as JsonObject, value)
        : value;
  }
  return out;
}
