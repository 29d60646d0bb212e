/**
 * Names of group-by values in the reader's language, for chart legends and exports: stages,
 * partners, closure reasons, tasks, protocols and services by their definitions' names, form
 * answers by their options' labels, case owners by the staff's names.
 */
import type { IndicatorDefinition, Options } from '../../definitions/definition-types.generated.js';
import { fieldAt } from '../../definitions/form-field-at.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import type { JsonValue } from '../../kernel/json.js';
import { type LocalizedText, localize } from '../../kernel/localized-text.js';
import { KPI_PHRASES } from './kpi-phrases.js';

type Names = ReadonlyMap<string, LocalizedText>;

function optionNames(bundle: SiteBundle, options: Options | undefined): Names {
  if (options === undefined) return new Map();
  const list = Array.isArray(options) ? options : (bundle.lookups[options.lookup]?.options ?? []);
  return new Map(list.map((o) => [String(o.value), o.label]));
}

function formFieldNames(bundle: SiteBundle, formId: string | undefined, path: string): Names {
  const form = formId === undefined ? undefined : bundle.forms[formId];
  const field = form && path !== '' ? fieldAt(form, path) : undefined;
  if (field === undefined) return new Map();
  return optionNames(bundle, field.options ?? (field.type === 'array' ? field.items?.options : undefined));
}

const sops = (bundle: SiteBundle) => Object.values(bundle.sops);

function taskNames(bundle: SiteBundle): Names {
  const names = new Map<string, LocalizedText>();
  for (const sop of sops(bundle)) {
    for (const stage of sop.stages) for (const task of stage.tasks ?? []) names.set(task.id, task.name);
    for (const task of [...(sop.discretionaryTasks ?? []), ...(sop.reviews ?? []), ...(sop.approvals ?? [])])
      names.set(task.id, task.name);
  }
  return names;
}

const named = (items: readonly { id: string; name: LocalizedText }[]): Names =>
  new Map(items.map((item) => [item.id, item.name]));

/** The names of a dimension's values, by the value's text. */
function namesOf(bundle: SiteBundle, indicator: IndicatorDefinition, path: string): Names {
  const [head = '', key = '', ...rest] = path.split('.');
  const registration = bundle.site.registration?.form.form;
  switch (`${head}.${key}`) {
    case 'case.stage':
      return named(sops(bundle).flatMap((s) => s.stages));
    case 'case.status':
      return new Map(['open', 'passive', 'closed'].map((s) => [s, KPI_PHRASES[s as 'open']]));
    case 'case.sop':
      return named(sops(bundle));
    case 'case.agency':
    case 'referral.fromPartner':
    case 'referral.toPartner':
      return named(bundle.site.partners);
    case 'case.closureReason':
      return new Map(sops(bundle).flatMap((s) => [...optionNames(bundle, s.closure.reasons)]));
    case 'task.definition':
      return taskNames(bundle);
    case 'referral.protocol':
      return named(Object.values(bundle.referrals));
    case 'referral.toService':
      return named(Object.values(bundle.services));
  }
  if (head === 'forms') return formFieldNames(bundle, key, rest.join('.'));
  if (head === 'person') return formFieldNames(bundle, registration, [key, ...rest].join('.'));
  if (head === 'data')
    return formFieldNames(bundle, indicator.measure.population.form, [key, ...rest].join('.'));
  return new Map();
}

/**
 * A labeller of `indicator`'s group values in `locale`; `people` names users (case owners).
 * Values without a name keep their own text; a missing value reads "Not recorded".
 */
export function groupLabeller(
  bundle: SiteBundle,
  indicator: IndicatorDefinition,
  locale: string,
  people: ReadonlyMap<string, string>,
): (path: string, value: JsonValue) => string {
  const fallbacks = [bundle.site.defaultLocale, 'en'];
  const text = (value: LocalizedText) => localize(value, locale, fallbacks);
  const cache = new Map<string, Names>();
  return (path, value) => {
    if (value === null) return text(KPI_PHRASES.notRecorded);
    if (typeof value === 'boolean') return text(value ? KPI_PHRASES.yes : KPI_PHRASES.no);
    if (path === 'case.owner' && typeof value === 'string') return people.get(value) ?? value;
    let names = cache.get(path);
    if (names === undefined) {
      names = namesOf(bundle, indicator, path);
      cache.set(path, names);
    }
    const display = typeof value === 'object' ? JSON.stringify(value) : String(value);
    const name = names.get(display);
    return name === undefined ? display : text(name);
  };
}
