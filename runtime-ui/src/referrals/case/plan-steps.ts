import type {
  Field,
  LocalizedText,
  ReferralDefinition,
} from '../../../../platform/definitions/definition-types.generated.js';
import type { SiteBundle } from '../../../../platform/definitions/site-bundle.js';
import { optionLabel } from '../../site/definitions.js';

/** A protocol's link to the action plan (`planLink`). */
export type PlanLink = NonNullable<ReferralDefinition['planLink']>;

/** One step of the case's action plan a referral can carry out: its index in the repeat group, readably. */
export type PlanStepChoice = { readonly index: number; readonly label: string };

type Localize = (text: LocalizedText | undefined) => string;

/** Longest text of a step field shown in a label before it is cut. */
const MAX_TEXT = 60;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The field definitions of one item of the repeat group at a dotted path (`steps`, `plan.steps`). */
function itemFields(bundle: SiteBundle, link: PlanLink): Readonly<Record<string, Field>> {
  let properties: Readonly<Record<string, Field>> | undefined = bundle.forms[link.form]?.fields.properties;
  const names = link.items.split('.');
  names.forEach((name, i) => {
    const field: Field | undefined = properties?.[name];
    properties = i === names.length - 1 ? field?.items?.properties : field?.properties;
  });
  return properties ?? {};
}

/** The items of the repeat group in the plan's data, or `undefined` when the plan holds none. */
function itemsOf(data: unknown, path: string): readonly unknown[] | undefined {
  let value: unknown = data;
  for (const name of path.split('.')) value = isObject(value) ? value[name] : undefined;
  return Array.isArray(value) ? value : undefined;
}

function cut(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT - 1).trimEnd()}…` : flat;
}

/** A step field's value as words: an option's label in the user's language, or the text itself. */
function fieldText(bundle: SiteBundle, field: Field, value: unknown, l: Localize): string {
  if (value === null || value === undefined || value === '') return '';
  const label = field.options !== undefined ? optionLabel(bundle, field.options, value) : undefined;
  return cut(label !== undefined ? l(label) : String(value));
}

/**
 * A step read out in one line: its number, the first two text fields that say what it is (the
 * action or measure, the service or who does it — not dates, numbers or the status), and its
 * status in brackets: `2. Enrol in school · Ms Petrović (planned)`.
 */
function stepLabel(
  bundle: SiteBundle,
  link: PlanLink,
  fields: Readonly<Record<string, Field>>,
  step: unknown,
  index: number,
  l: Localize,
): string {
  const item = isObject(step) ? step : {};
  const parts = Object.entries(fields)
    .filter(([name, f]) => name !== link.statusField && f.type === 'string' && f.format === undefined)
    .map(([name, f]) => fieldText(bundle, f, item[name], l))
    .filter((text) => text !== '')
    .slice(0, 2);
  const statusField = fields[link.statusField];
  const status = statusField ? fieldText(bundle, statusField, item[link.statusField], l) : '';
  const text = parts.length > 0 ? ` ${parts.join(' · ')}` : '';
  return `${index + 1}.${text}${status ? ` (${status})` : ''}`;
}

/**
 * The steps of the case's latest plan (`data`, the submitted plan form) a referral under the
 * protocol can be linked to, labelled in the user's language; `[]` when there is no plan or it has
 * no steps yet.
 */
export function planStepChoices(
  bundle: SiteBundle,
  link: PlanLink,
  data: unknown,
  l: Localize,
): PlanStepChoice[] {
  const items = itemsOf(data, link.items) ?? [];
  const fields = itemFields(bundle, link);
  return items.map((step, index) => ({ index, label: stepLabel(bundle, link, fields, step, index, l) }));
}

/** The label of the linked step, or `undefined` when the plan no longer has it. */
export function planStepLabel(
  bundle: SiteBundle,
  link: PlanLink,
  data: unknown,
  index: number,
  l: Localize,
): string | undefined {
  return planStepChoices(bundle, link, data, l).find((c) => c.index === index)?.label;
}
