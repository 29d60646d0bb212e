import type { Options } from '../definitions/definition-types.generated.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import type { LocalizedText } from '../kernel/localized-text.js';

export type OptionEntry = { readonly value: string; readonly label: LocalizedText };

/** The options of an option set (inline or a lookup), values as strings (events carry strings). */
export function optionEntries(bundle: SiteBundle, options: Options | undefined): OptionEntry[] {
  if (options === undefined) return [];
  const list = Array.isArray(options) ? options : (bundle.lookups[options.lookup]?.options ?? []);
  return list.map((o) => ({ value: String(o.value), label: o.label }));
}
