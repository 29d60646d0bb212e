import type { Options } from '../../definitions/definition-types.generated.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';

export type OptionValue = string | number | boolean;

/** The values a user may choose from an option set (inline or a lookup), deprecated ones left out. */
export function optionValues(bundle: SiteBundle, options: Options | undefined): OptionValue[] {
  if (options === undefined) return [];
  const list = Array.isArray(options) ? options : (bundle.lookups[options.lookup]?.options ?? []);
  return list.filter((o) => o.deprecated !== true).map((o) => o.value);
}
