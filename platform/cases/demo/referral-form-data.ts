import type { ReferralDefinition } from '../../definitions/definition-types.generated.js';
import { isJsonObject, type JsonObject } from '../../kernel/json.js';
import type { CaseState } from '../../workflow/index.js';
import type { FillContext } from './field-value.js';
import { objectValue } from './field-value.js';
import { settleFormData } from './form-filler.js';
import { optionValues } from './option-values.js';
import type { SeededRandom } from './seeded-random.js';
import { siteDay } from './site-day.js';
import type { WalkView } from './walk-decisions.js';
import type { CaseWalk, WalkEnv } from './walk-types.js';

/**
 * A referral form or counter-referral filled for this client: generated from the form's
 * definition, with the fields the registration has too (names, birth date) copied from the
 * client, sender and receiver fields set to the two agencies, and the client's signature given.
 */
export function referralFormData(
  env: WalkEnv,
  w: CaseWalk,
  view: WalkView,
  formId: string,
  parties: { readonly sender: string; readonly receiver: string | null },
): JsonObject | undefined {
  const bundle = env.def.bundle;
  const form = bundle.forms[formId];
  if (form === undefined) return undefined;
  const ctx: FillContext = {
    bundle,
    random: w.random,
    today: siteDay(view.now, env.def.timeZone),
    library: env.library,
    locale: bundle.site.defaultLocale,
  };
  const data = objectValue(form.fields, ctx);
  const person = w.person.data;
  for (const [name, field] of Object.entries(form.fields.properties)) {
    const own = person[name];
    if (own !== undefined && typeof own === (field.type === 'integer' ? 'number' : field.type))
      data[name] = own;
    if (field.type === 'boolean' && /signed$/i.test(name)) data[name] = true;
    const options = optionValues(bundle, field.options).map(String);
    if (/from|sender/i.test(name) && options.includes(parties.sender)) data[name] = parties.sender;
    if (/^to|receiver/i.test(name) && parties.receiver !== null && options.includes(parties.receiver))
      data[name] = parties.receiver;
  }
  const settled = settleFormData(formId, data, ctx);
  return settled.ok ? settled.data : undefined;
}

/**
 * The action-plan step a referral carries out (the protocol's `planLink`): one still planned,
 * else any; `null` when the plan is not written or lists no steps.
 */
export function planStepFor(
  protocol: ReferralDefinition,
  state: CaseState,
  random: SeededRandom,
): number | null {
  const link = protocol.planLink;
  if (link === undefined) return null;
  const items = state.forms[link.form]?.data[link.items];
  if (!Array.isArray(items) || items.length === 0) return null;
  const planned = items.flatMap((item, i) =>
    isJsonObject(item) && item[link.statusField] === 'planned' ? [i] : [],
  );
  return planned.length > 0 ? (planned[0] as number) : random.int(0, items.length - 1);
}
