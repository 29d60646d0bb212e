import type { ReferralDefinition } from '../definitions/definition-types.generated.js';
import { fieldAt, pathSteps } from '../definitions/form-field-at.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../kernel/json.js';
import type { LocalizedText } from '../kernel/localized-text.js';
import { mergeProjections, pluck, projectPath } from './field-projection.js';

/** What the runtime knows of a case: the person's registration data and each case form's latest data. */
export type CaseData = {
  /** The registration form's data of the person (`site.registration.form`). */
  readonly person: Readonly<JsonObject>;
  /** The latest submitted data of each case form, by form id. */
  readonly forms: Readonly<Record<string, JsonObject>>;
};

/** One shared field: where it comes from, its label, its value (`null` when the case has none). */
export type SharedField = {
  form: string;
  path: string;
  label: LocalizedText;
  value: JsonValue | null;
  /** The field's special category, when it has one (shared only because the protocol lists it). */
  sensitive: string | null;
};

/** Exactly what a referral's receiver may see: the listed fields, and the minimal data per form. */
export type SharedView = { fields: SharedField[]; data: Record<string, JsonObject> };

/** Whether a projected value holds anything: empty groups and lists of empty items do not count. */
function hasValue(value: JsonValue | undefined): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.some(hasValue);
  return isJsonObject(value) ? Object.values(value).some(hasValue) : true;
}

function sourceOf(bundle: SiteBundle, formId: string, caseData: CaseData): JsonObject | undefined {
  const data = formId === bundle.site.registration?.form.form ? caseData.person : caseData.forms[formId];
  return isJsonObject(data) ? data : undefined;
}

/**
 * The data a referral under `protocol` shares (data minimisation, seed 3.5.10): exactly the fields
 * the protocol lists, from the person's registration data and the case's latest submitted forms.
 * Fields the form does not declare never appear; inside a listed group, special-category fields
 * (`sensitive`) appear only when listed themselves. This is the only projection the API uses for
 * what a receiver sees.
 */
export function sharedView(bundle: SiteBundle, protocol: ReferralDefinition, caseData: CaseData): SharedView {
  const view: SharedView = { fields: [], data: {} };
  for (const share of protocol.shared ?? []) {
    const form = bundle.forms[share.form];
    if (form === undefined) continue;
    const listed = new Set(share.fields);
    const source = sourceOf(bundle, share.form, caseData) ?? {};
    for (const path of share.fields) {
      const field = fieldAt(form, path);
      if (field === undefined) continue;
      const steps = pathSteps(path);
      const projected = projectPath(source, steps, form.fields.properties, listed);
      const value = pluck(projected, steps);
      view.fields.push({
        form: share.form,
        path,
        label: field.title ?? { [bundle.site.defaultLocale]: path },
        value: hasValue(value) ? (value as JsonValue) : null,
        sensitive: field.sensitive ?? null,
      });
      const merged = mergeProjections(view.data[share.form], projected);
      if (isJsonObject(merged) && Object.keys(merged).length > 0) view.data[share.form] = merged;
    }
  }
  return view;
}

/** The `form/path` of each shared field that has a value: what a disclosure actually contained. */
export function disclosedFields(view: SharedView): string[] {
  return view.fields.filter((f) => f.value !== null).map((f) => `${f.form}/${f.path}`);
}
