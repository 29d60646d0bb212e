import { pointer } from '../../kernel/json-pointer.js';
import type { ReferralDefinition } from '../definition-types.generated.js';
import { resolvePath } from '../facts/fact-tree.js';
import { formFacts } from '../facts/site-facts.js';
import type { SiteIndex } from '../site-index.js';
import type { DefinitionReporter } from './definition-reporter.js';
import type { ExpressionEnvs } from './expression-envs.js';
import { checkOptionsRef } from './link-options.js';

function checkSubject(
  index: SiteIndex,
  formId: string,
  subject: string,
  ptr: string,
  r: DefinitionReporter,
): void {
  const form = index.get('form', formId);
  if (form !== undefined && (form.subject ?? 'case') !== subject)
    r.report(ptr, 'invalid-value', `Form "${formId}" must have "subject": "${subject}" to be used here.`);
}

function linkPlanLink(referral: ReferralDefinition, index: SiteIndex, r: DefinitionReporter): void {
  const link = referral.planLink;
  if (link === undefined || !r.ref('/planLink/form', 'form', link.form)) return;
  const items = resolvePath(formFacts(index, link.form), link.items);
  const status = items.ok ? items.tree.items?.children?.[link.statusField] : undefined;
  if (!items.ok) r.report('/planLink/items', 'bad-var-path', items.message);
  else if (items.tree.type !== 'array')
    r.report('/planLink/items', 'type-mismatch', `"${link.items}" must be a repeat group.`);
  else if (status === undefined)
    r.report(
      '/planLink/statusField',
      'bad-var-path',
      `The items of "${link.items}" have no field "${link.statusField}".`,
    );
  if (status === undefined) return;
  for (const [state, value] of Object.entries(link.statusOn)) {
    if (status.options !== undefined && !status.options.includes(value))
      r.report(
        pointer('planLink', 'statusOn', state),
        'unknown-option-value',
        `${JSON.stringify(value)} is not an option of "${link.statusField}".`,
      );
  }
}

/** Checks a referral protocol: parties, consent purpose, shared fields, forms, plan link. */
export function linkReferral(
  referral: ReferralDefinition,
  index: SiteIndex,
  envs: ExpressionEnvs,
  r: DefinitionReporter,
): void {
  const site = index.get('site', index.siteId);
  const partners = site?.partners.map((p) => p.id) ?? [];
  referral.from.partners.forEach((p, i) => r.oneOf(pointer('from', 'partners', i), 'partner', p, partners));
  referral.from.roles?.forEach((role, i) =>
    r.oneOf(pointer('from', 'roles', i), 'role', role, site?.roles.map((x) => x.id) ?? []),
  );
  let receiver: string | undefined;
  if ('partner' in referral.to) {
    r.oneOf('/to/partner', 'partner', referral.to.partner, partners);
    receiver = referral.to.partner;
  } else if (r.ref('/to/service', 'service', referral.to.service)) {
    const provider = index.get('service', referral.to.service)?.provider;
    receiver = provider && 'partner' in provider ? provider.partner : undefined;
  }
  checkOptionsRef(referral.reasons, '/reasons', r);
  checkOptionsRef(referral.declineReasons, '/declineReasons', r);
  if (referral.eligibility !== undefined)
    r.expression('/eligibility', referral.eligibility, envs.case, 'boolean');
  const purposes = site?.consentPurposes ?? [];
  if (
    r.oneOf(
      '/consentPurpose',
      'consent purpose',
      referral.consentPurpose,
      purposes.map((p) => p.id),
    )
  ) {
    const purpose = purposes.find((p) => p.id === referral.consentPurpose);
    if (
      receiver !== undefined &&
      purpose?.recipients !== undefined &&
      !purpose.recipients.includes(receiver)
    ) {
      r.report(
        '/consentPurpose',
        'invalid-value',
        `Consent purpose "${purpose.id}" does not cover the receiver "${receiver}".`,
      );
    }
  }
  if (referral.shared !== undefined && referral.consentPurpose === undefined)
    r.report('/shared', 'invalid-value', 'Sharing data needs a consent purpose.');
  referral.shared?.forEach((share, i) => {
    if (!r.ref(pointer('shared', i, 'form'), 'form', share.form)) return;
    const facts = formFacts(index, share.form);
    share.fields.forEach((field, j) => {
      const resolved = resolvePath(facts, field);
      if (!resolved.ok)
        r.report(
          pointer('shared', i, 'fields', j),
          'bad-var-path',
          `Form "${share.form}": ${resolved.message}`,
        );
    });
  });
  if (referral.form && r.ref('/form/form', 'form', referral.form.form))
    checkSubject(index, referral.form.form, 'referral', '/form/form', r);
  if (referral.feedbackForm && r.ref('/feedbackForm/form', 'form', referral.feedbackForm.form))
    checkSubject(index, referral.feedbackForm.form, 'referral', '/feedbackForm/form', r);
  linkPlanLink(referral, index, r);
}
