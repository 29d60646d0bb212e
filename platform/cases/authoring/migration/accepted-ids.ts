import type { SiteBundle } from '../../../definitions/site-bundle.js';
import { formFields, optionsOf } from '../diff/form-fields.js';
import type { AcceptedIds } from './mappings.js';

/** The fields, option values, stages and task ids a bundle defines. */
export function acceptedIds(bundle: SiteBundle): AcceptedIds {
  const fieldOf = (form: string, path: string) => {
    const def = bundle.forms[form];
    return def === undefined ? undefined : formFields(def).get(path)?.field;
  };
  const sops = Object.values(bundle.sops);
  return {
    hasField: (form, path) => fieldOf(form, path) !== undefined,
    hasOption: (form, field, value) => {
      const f = fieldOf(form, field);
      const options = f === undefined ? undefined : optionsOf(f);
      const list = Array.isArray(options)
        ? options
        : options
          ? bundle.lookups[options.lookup]?.options
          : undefined;
      return (list ?? []).some((o) => o.value === value);
    },
    hasStage: (id) => sops.some((s) => s.stages.some((st) => st.id === id)),
    hasTask: (id) =>
      sops.some(
        (s) =>
          s.stages.some((st) => (st.tasks ?? []).some((t) => t.id === id)) ||
          (s.discretionaryTasks ?? []).some((t) => t.id === id) ||
          (s.reviews ?? []).some((r) => r.id === id) ||
          (s.approvals ?? []).some((a) => a.id === id),
      ),
  };
}
