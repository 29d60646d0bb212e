/*
 * What an actor must never read anywhere in an answer: every value of the world's clients that
 * the oracle does not let them see. Staff see the clients they work with (the forms their role
 * reads); a referral's receiver sees the protocol's shared fields and the referral's own form;
 * nobody sees anything of other clients. Values that also occur in the site definitions (option
 * codes, ids, labels), short values and dates are too common to tell anything and are left out.
 */
import { emergencyReads, formAtLeast, receives, seesCase, seesPerson } from './access-oracle.js';
import type { MatrixActor, MatrixCase, MatrixWorld } from './matrix-world-types.js';

/** Every string value in a JSON value. */
export function stringLeaves(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringLeaves(v, out));
  else if (value !== null && typeof value === 'object')
    Object.values(value).forEach((v) => stringLeaves(v, out));
  return out;
}

/** The values at a protocol's field path (`da.group`, `clientUnit[].name`) of a form's data. */
export function valuesAt(data: unknown, path: string): unknown[] {
  let values: unknown[] = [data];
  for (const step of path.split('.')) {
    const name = step.replace(/\[\]$/, '');
    values = values.flatMap((v) => {
      const next = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[name] : undefined;
      return step.endsWith('[]') && Array.isArray(next) ? next : next === undefined ? [] : [next];
    });
  }
  return values;
}

/** The data of a case its referral shares: the protocol's fields, from the definitions. */
export function sharedValues(world: MatrixWorld, c: MatrixCase): string[] {
  const protocol = c.referral && world.bundle.referrals[c.referral.protocolId];
  if (!protocol) return [];
  return (protocol.shared ?? []).flatMap((s) =>
    s.fields.flatMap((path) => stringLeaves(valuesAt(c.data[s.form], path))),
  );
}

/** What of one case the actor may read (see the file comment). */
function visibleValues(world: MatrixWorld, actor: MatrixActor, c: MatrixCase): string[] {
  const registration = world.bundle.site.registration?.form.form ?? '';
  const staff = seesCase(actor, c) || emergencyReads(actor, c);
  const forms = Object.entries(c.data).filter(([formId]) =>
    formId === registration ? seesPerson(actor, c) || staff : staff && formAtLeast(actor, formId, 'read'),
  );
  const values = forms.flatMap(([, data]) => stringLeaves(data));
  if (receives(actor, c) || staff) {
    values.push(...sharedValues(world, c));
    const formId = c.referral?.formId;
    if (formId && formAtLeast(actor, formId, 'read')) values.push(...stringLeaves(c.referralFormData));
  }
  return values;
}

const telling = (value: string) => value.length >= 6 && !/^\d{4}-\d{2}-\d{2}/.test(value);

/** The values the actor must not read anywhere. */
export function forbiddenValues(world: MatrixWorld, actor: MatrixActor): string[] {
  const common = new Set(stringLeaves(world.bundle));
  const visible = new Set(world.cases.flatMap((c) => visibleValues(world, actor, c)));
  const all = world.cases.flatMap((c) => [
    ...Object.values(c.data).flatMap((d) => stringLeaves(d)),
    ...stringLeaves(c.referralFormData),
  ]);
  return [...new Set(all)].filter((v) => telling(v) && !visible.has(v) && !common.has(v));
}

/** The forbidden values a payload holds, anywhere, whole or inside a longer text. */
export function leaksIn(payload: unknown, forbidden: readonly string[]): string[] {
  const texts = stringLeaves(payload);
  return forbidden.filter((secret) => texts.some((t) => t.includes(secret)));
}
