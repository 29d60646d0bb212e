/*
 * The engine over the sites in `definitions/sites`: every protocol's shared view stays within its
 * list whatever the forms hold, and a Tashkent referral goes out as the site describes it.
 */
import { describe, expect, it } from 'vitest';
import { checkSite } from '../definitions/check-site.js';
import type { Field, FormDefinition, ReferralDefinition } from '../definitions/definition-types.generated.js';
import { fieldAt } from '../definitions/form-field-at.js';
import { BUILT_IN_SITES, findSiteFolders, folderResolver } from '../definitions/read-site-folders.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../kernel/json.js';
import { localize } from '../kernel/localized-text.js';
import { recordConsent } from './record-consent.js';
import { actor, create, drive } from './referral-test-kit.js';
import { sharedView } from './shared-view.js';

const resolver = folderResolver([BUILT_IN_SITES]);
const bundles = [...findSiteFolders([BUILT_IN_SITES]).keys()]
  .map((id) => checkSite(id, resolver).bundle)
  .filter((b): b is SiteBundle => b !== undefined && b.site.template !== true);

/** A value for every declared field (two items per repeat group), plus keys no form declares. */
function filled(field: Field): JsonValue {
  if (field.type === 'object') {
    const out: JsonObject = { undeclared: 'leak' };
    for (const [name, child] of Object.entries(field.properties ?? {})) out[name] = filled(child);
    return out;
  }
  if (field.type === 'array') return field.items ? [filled(field.items), filled(field.items)] : ['leak'];
  return field.type === 'boolean' ? true : field.type === 'string' ? 'value' : 1;
}

const formData = (form: FormDefinition) =>
  filled({ type: 'object', properties: form.fields.properties }) as JsonObject;

function leafPaths(value: JsonValue, prefix = ''): string[] {
  if (Array.isArray(value))
    return value.flatMap((item) => (item === null ? [] : leafPaths(item, `${prefix}[]`)));
  if (isJsonObject(value))
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix === '' ? k : `${prefix}.${k}`));
  return [prefix];
}

/** Whether a leaf may be shared: under a listed path, with every special-category field on the way listed. */
function allowed(form: FormDefinition, listed: readonly string[], leaf: string): boolean {
  const base = listed.find((l) => leaf === l || leaf.startsWith(`${l}.`) || leaf.startsWith(`${l}[]`));
  if (base === undefined) return false;
  const steps = leaf
    .slice(base.length)
    .split(/(?=\.)|(?=\[\])/)
    .filter((s) => s !== '');
  let path = base;
  for (const step of steps) {
    path += step;
    if (step !== '[]' && fieldAt(form, path)?.sensitive !== undefined && !listed.includes(path)) return false;
  }
  return true;
}

describe('the sites’ protocols share only what they list', () => {
  it('checks the complete pilot site', () => {
    expect(bundles.map((b) => b.siteId)).toContain('uz-tashkent-icm');
  });

  const cases = bundles.flatMap((b) =>
    Object.values(b.referrals).map((p) => [b.siteId, p.id, b, p] as const),
  );
  it.each(cases)('%s %s', (_, __, bundle, protocol: ReferralDefinition) => {
    const registration = bundle.site.registration?.form.form ?? '';
    const forms = Object.fromEntries(Object.values(bundle.forms).map((f) => [f.id, formData(f)]));
    const view = sharedView(bundle, protocol, { person: forms[registration] ?? {}, forms });
    for (const [formId, data] of Object.entries(view.data)) {
      const listed = (protocol.shared ?? []).filter((s) => s.form === formId).flatMap((s) => s.fields);
      const form = bundle.forms[formId] as FormDefinition;
      for (const leaf of leafPaths(data)) expect(allowed(form, listed, leaf), `${formId}/${leaf}`).toBe(true);
    }
    expect(JSON.stringify(view.data)).not.toContain('leak');
  });
});

describe('a Tashkent referral to the Disability Commission (not on the system)', () => {
  const uz = bundles.find((b) => b.siteId === 'uz-tashkent-icm') as SiteBundle;
  const person = {
    lastName: 'Karimova',
    firstName: 'Aziza',
    birthDate: '1990-05-01',
    sex: 'female',
    preferredLanguage: 'uz',
  };

  it('needs written consent, then goes out with a letter in the client’s language', () => {
    const d = drive({ bundle: uz, sender: actor(uz, 'inson-almazar', 'case_manager') });
    const facts = {
      person,
      forms: { 'needs-assessment': { daDecisionOnFile: false } },
      settings: {},
      today: '2025-03-03',
    };
    d.data = {
      caseFacts: facts,
      caseData: { person, forms: {} },
      referralForms: { 'referral-form': { clientSigned: true } },
    };
    d.must(create('cm-to-da-commission', { reason: 'initial_assessment' }));
    expect(d.step({ type: 'send' }).ok).toBe(false);
    const consent = recordConsent(
      uz,
      {
        id: 'c-1',
        personId: 'person-1',
        purpose: 'share-da-commission',
        givenBy: 'client',
        mode: 'written',
        evidence: 'F2',
      },
      d.clock,
    );
    d.data = { ...d.data, consents: consent.ok ? [consent.record] : [] };
    const letter = d.must({ type: 'send' }).find((e) => e.type === 'letter');
    const title = uz.referrals['cm-to-da-commission']?.letter?.title;
    expect(letter?.type === 'letter' ? [letter.locale, letter.letter.title] : null).toEqual([
      'uz',
      localize(title, 'uz'),
    ]);
    expect(letter?.type === 'letter' ? letter.letter.body : '').toContain('Karimova Aziza');
  });
});
