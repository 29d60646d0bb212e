import type {
  FormDefinition,
  LocalizedText,
  Option,
  Options,
  SopDefinition,
  Stage,
} from '../../../platform/definitions/definition-types.generated.js';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';

/** Reads what the pages need out of a site's definitions. */

export type OptionItem = { readonly value: Option['value']; readonly label: LocalizedText };

/** The options of an option set, inline or from a lookup; deprecated ones left out. */
export function optionsOf(bundle: SiteBundle, options: Options | undefined): OptionItem[] {
  if (options === undefined) return [];
  const list = Array.isArray(options) ? options : (bundle.lookups[options.lookup]?.options ?? []);
  return (list as Option[])
    .filter((o) => o.deprecated !== true)
    .map((o) => ({ value: o.value, label: o.label }));
}

export function optionLabel(
  bundle: SiteBundle,
  options: Options | undefined,
  value: unknown,
): LocalizedText | undefined {
  if (value === null || value === undefined) return undefined;
  const list =
    options === undefined ? [] : Array.isArray(options) ? options : bundle.lookups[options.lookup]?.options;
  return (list as Option[] | undefined)?.find((o) => o.value === value)?.label;
}

export function sopOf(bundle: SiteBundle, sopId: string): SopDefinition | undefined {
  return bundle.sops[sopId];
}

export function stageOf(sop: SopDefinition | undefined, stageId: string): Stage | undefined {
  return sop?.stages.find((s) => s.id === stageId);
}

/**
 * The stages in process order: from the initial stage along the transitions, breadth first (so
 * loops back to earlier stages do not reorder them); stages not reachable that way come last.
 */
export function stagesInOrder(sop: SopDefinition): Stage[] {
  const byId = new Map(sop.stages.map((s) => [s.id, s]));
  const order: Stage[] = [];
  const seen = new Set<string>();
  const queue = [sop.initialStage];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    const stage = byId.get(id);
    if (stage === undefined || seen.has(id)) continue;
    seen.add(id);
    order.push(stage);
    for (const t of stage.transitions ?? []) if (t.to !== undefined && !seen.has(t.to)) queue.push(t.to);
  }
  return [...order, ...sop.stages.filter((s) => !seen.has(s.id))];
}

export function transitionName(sop: SopDefinition | undefined, stageId: string, transitionId: string | null) {
  return stageOf(sop, stageId)?.transitions?.find((t) => t.id === transitionId)?.name;
}

/** The name of a task, review, approval or discretionary task by its definition id. */
export function taskName(sop: SopDefinition | undefined, defId: string): LocalizedText | undefined {
  if (sop === undefined) return undefined;
  for (const stage of sop.stages) {
    const task = stage.tasks?.find((t) => t.id === defId);
    if (task) return task.name;
  }
  return (
    sop.discretionaryTasks?.find((t) => t.id === defId)?.name ??
    sop.approvals?.find((a) => a.id === defId)?.name ??
    sop.reviews?.find((r) => r.id === defId)?.name
  );
}

export function taskDescription(sop: SopDefinition | undefined, defId: string): LocalizedText | undefined {
  if (sop === undefined) return undefined;
  for (const stage of sop.stages) {
    const task = stage.tasks?.find((t) => t.id === defId);
    if (task) return task.description;
  }
  return sop.discretionaryTasks?.find((t) => t.id === defId)?.description;
}

export function formOf(bundle: SiteBundle, formId: string): FormDefinition | undefined {
  return bundle.forms[formId];
}

export function roleName(bundle: SiteBundle, roleId: string): LocalizedText | string {
  return bundle.site.roles.find((r) => r.id === roleId)?.name ?? roleId;
}

export function partnerName(bundle: SiteBundle, partnerId: string): LocalizedText | string {
  return bundle.site.partners.find((p) => p.id === partnerId)?.name ?? partnerId;
}

/** Case forms of a purpose (`plan`, `closure`, `case_conference` …), in definition order. */
export function formsWithPurpose(bundle: SiteBundle, ...purposes: string[]): FormDefinition[] {
  return Object.values(bundle.forms).filter(
    (f) => (f.subject ?? 'case') === 'case' && f.purpose !== undefined && purposes.includes(f.purpose),
  );
}
