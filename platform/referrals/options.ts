import type { Option, Options } from '../definitions/definition-types.generated.js';
import type { SiteBundle } from '../definitions/site-bundle.js';

/** The options of an option set, listed inline or in a lookup; none when the set is absent. */
export function optionsOf(bundle: SiteBundle, options: Options | undefined): readonly Option[] {
  if (options === undefined) return [];
  return Array.isArray(options) ? options : (bundle.lookups[options.lookup]?.options ?? []);
}

/** The option with `value`, deprecated ones included (they stay valid for existing data). */
export function optionOf(
  bundle: SiteBundle,
  options: Options | undefined,
  value: unknown,
): Option | undefined {
  return optionsOf(bundle, options).find((o) => o.value === value);
}

/** Whether `value` may be chosen now: an option of the set that is not deprecated. */
export function isOfferedOption(bundle: SiteBundle, options: Options | undefined, value: unknown): boolean {
  const option = optionOf(bundle, options, value);
  return option !== undefined && option.deprecated !== true;
}
