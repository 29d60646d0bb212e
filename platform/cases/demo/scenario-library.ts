import type { Scenario } from '../../definitions/definition-types.generated.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../../kernel/json.js';
import { DEFAULT_SCENARIO_START, instantAfter, workflowDefinition } from '../../workflow/index.js';

/** A form submission of an SOP scenario: valid, realistic data to vary per generated person. */
export type FormTemplate = {
  readonly formId: string;
  readonly data: JsonObject;
  /** The scenario clock when it was submitted (dates in `data` are relative to it). */
  readonly at: string;
  /** The scenario's client, whose name, birth date and address the data may repeat. */
  readonly person: JsonObject;
};

/** What a site's SOP scenarios offer the demo generator. */
export type ScenarioLibrary = {
  /** Submissions by form id. */
  readonly forms: ReadonlyMap<string, readonly FormTemplate[]>;
  /** The scenarios' clients (registration data). */
  readonly persons: readonly JsonObject[];
  /** Every string seen under a field name in scenario data, for free-text fields. */
  readonly texts: ReadonlyMap<string, readonly string[]>;
  /** Comments of returned approvals and skipped tasks. */
  readonly comments: readonly string[];
};

const libraries = new WeakMap<SiteBundle, ScenarioLibrary>();

/** The scenario library of a bundle (every SOP's scenarios), built once per bundle. */
export function scenarioLibrary(bundle: SiteBundle): ScenarioLibrary {
  const cached = libraries.get(bundle);
  if (cached !== undefined) return cached;
  const forms = new Map<string, FormTemplate[]>();
  const persons: JsonObject[] = [];
  const texts = new Map<string, string[]>();
  const comments: string[] = [];
  for (const [sopId, sop] of Object.entries(bundle.sops)) {
    for (const scenario of sop.scenarios ?? []) {
      const person = toJson(scenario.person ?? {});
      if (Object.keys(person).length > 0) persons.push(person);
      collectTexts(person, texts);
      for (const t of scenarioSubmissions(bundle, sopId, scenario, person, comments)) {
        forms.set(t.formId, [...(forms.get(t.formId) ?? []), t]);
        collectTexts(t.data, texts);
      }
    }
  }
  const library: ScenarioLibrary = { forms, persons, texts, comments };
  libraries.set(bundle, library);
  return library;
}

function scenarioSubmissions(
  bundle: SiteBundle,
  sopId: string,
  scenario: Scenario,
  person: JsonObject,
  comments: string[],
): FormTemplate[] {
  const def = workflowDefinition(bundle, sopId);
  let now = new Date(scenario.start ?? DEFAULT_SCENARIO_START).toISOString();
  const out: FormTemplate[] = [];
  for (const step of scenario.steps) {
    if (step.after !== undefined) now = instantAfter(def, now, step.after);
    const event = step.event;
    if (event === undefined) continue;
    if (event.type === 'submit' && event.form !== undefined && step.expect?.rejected !== true)
      out.push({ formId: event.form, data: toJson(event.data ?? {}), at: now, person });
    if ((event.type === 'return' || event.type === 'skip_task') && event.reason) comments.push(event.reason);
  }
  return out;
}

function collectTexts(value: JsonValue, texts: Map<string, string[]>, name = ''): void {
  if (Array.isArray(value)) {
    for (const item of value) collectTexts(item, texts, name);
    return;
  }
  if (isJsonObject(value)) {
    for (const [key, inner] of Object.entries(value)) collectTexts(inner, texts, key);
    return;
  }
  if (typeof value !== 'string' || name === '' || value.trim() === '') return;
  const list = texts.get(name) ?? [];
  if (!list.includes(value)) list.push(value);
  texts.set(name, list);
}

function toJson(value: unknown): JsonObject {
  return JSON.parse(JSON.stringify(value)) as JsonObject;
}
