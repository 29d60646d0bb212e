import { pointer } from '../../kernel/json-pointer.js';
import type { SiteDefinition } from '../definition-types.generated.js';
import { resolvePath } from '../facts/fact-tree.js';
import { formFacts } from '../facts/site-facts.js';
import type { SiteIndex } from '../site-index.js';
import type { DefinitionReporter } from './definition-reporter.js';
import type { ExpressionEnvs } from './expression-envs.js';
import { checkOptionsRef } from './link-options.js';

function linkRoles(site: SiteDefinition, r: DefinitionReporter): void {
  const partnerIds = site.partners.map((p) => p.id);
  const roleIds = site.roles.map((x) => x.id);
  site.roles.forEach((role, i) => {
    role.partners?.forEach((p, j) => r.oneOf(pointer('roles', i, 'partners', j), 'partner', p, partnerIds));
    role.supervises?.forEach((s, j) => r.oneOf(pointer('roles', i, 'supervises', j), 'role', s, roleIds));
    for (const formId of Object.keys(role.formAccess?.forms ?? {}))
      r.ref(pointer('roles', i, 'formAccess', 'forms', formId), 'form', formId);
  });
}

function linkRegistration(site: SiteDefinition, index: SiteIndex, r: DefinitionReporter): void {
  const reg = site.registration;
  if (reg === undefined) return;
  if (!r.ref('/registration/form/form', 'form', reg.form.form)) return;
  const form = index.get('form', reg.form.form);
  if (form === undefined) return;
  if (form.subject !== 'person')
    r.report(
      '/registration/form/form',
      'invalid-value',
      `The registration form "${form.id}" must have "subject": "person".`,
    );
  const facts = formFacts(index, form.id);
  const check = (ptr: string, path: string | undefined, wanted?: 'date' | 'string') => {
    if (path === undefined) return;
    const resolved = resolvePath(facts, path);
    if (!resolved.ok) r.report(ptr, 'bad-var-path', `Registration form "${form.id}": ${resolved.message}`);
    else if (wanted !== undefined && resolved.tree.type !== wanted && resolved.tree.type !== 'any')
      r.report(ptr, 'type-mismatch', `"${path}" must be a ${wanted} field, not a ${resolved.tree.type}.`);
  };
  reg.identifiers?.forEach((id, i) =>
    check(pointer('registration', 'identifiers', i, 'field'), id.field, 'string'),
  );
  reg.nameFields.forEach((f, i) => check(pointer('registration', 'nameFields', i), f, 'string'));
  check('/registration/birthDateField', reg.birthDateField, 'date');
  check('/registration/sexField', reg.sexField);
  check('/registration/languageField', reg.languageField, 'string');
  checkOptionsRef(reg.relations, '/registration/relations', r);
}

/** Checks a site file: locales, partners and roles, consent purposes, caseload, registration, agreements. */
export function linkSite(
  site: SiteDefinition,
  index: SiteIndex,
  envs: ExpressionEnvs,
  r: DefinitionReporter,
): void {
  if (!site.locales.includes(site.defaultLocale))
    r.report(
      '/defaultLocale',
      'invalid-value',
      `The default locale "${site.defaultLocale}" is not one of the site's locales (${site.locales.join(', ')}).`,
    );
  r.unique('/partners', 'partner', site.partners, (p) => (p as { id: string }).id);
  r.unique('/roles', 'role', site.roles, (p) => (p as { id: string }).id);
  r.unique(
    '/consentPurposes',
    'consent purpose',
    site.consentPurposes ?? [],
    (p) => (p as { id: string }).id,
  );
  r.unique('/agreements', 'agreement', site.agreements ?? [], (p) => (p as { id: string }).id);
  r.unique('/governance', 'body', site.governance ?? [], (p) => (p as { id: string }).id);
  const partnerIds = site.partners.map((p) => p.id);
  const roleIds = site.roles.map((x) => x.id);
  linkRoles(site, r);
  site.consentPurposes?.forEach((c, i) =>
    c.recipients?.forEach((p, j) =>
      r.oneOf(pointer('consentPurposes', i, 'recipients', j), 'partner', p, partnerIds),
    ),
  );
  site.caseload?.caps?.forEach((cap, i) =>
    r.oneOf(pointer('caseload', 'caps', i, 'role'), 'role', cap.role, roleIds),
  );
  site.caseload?.weights?.forEach((w, i) =>
    r.expression(pointer('caseload', 'weights', i, 'when'), w.when, envs.case, 'boolean'),
  );
  linkRegistration(site, index, r);
  site.agreements?.forEach((a, i) =>
    a.parties.forEach((p, j) => r.oneOf(pointer('agreements', i, 'parties', j), 'partner', p, partnerIds)),
  );
  site.governance?.forEach((g, i) =>
    g.members.forEach((p, j) => r.oneOf(pointer('governance', i, 'members', j), 'partner', p, partnerIds)),
  );
  if (site.partners.filter((p) => p.hub === true).length > 1)
    r.report('/partners', 'invalid-value', 'At most one partner can be the hub.');
}
