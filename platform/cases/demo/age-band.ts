import type { SiteDefinition } from '../../definitions/definition-types.generated.js';
import type { Sex } from './person-name.js';

/** The ages (in whole years, `max` excluded) of a site's target group, per sex. */
export type AgeBand = { readonly min: number; readonly max: number };

/** Working-age adults, when a site says nothing about ages. */
const DEFAULT_BAND: AgeBand = { min: 18, max: 65 };

/**
 * The target group's age band, read from the site's settings in years: the smallest `…min_age`
 * is the youngest age admitted, the largest `…max_age` the first age no longer admitted, and a
 * `retirement_age…` ends the band too (`…_men`/`…_women` apply to one sex). A site with only a
 * maximum (children's services) starts at 0; a site with neither gets working age.
 */
export function ageBand(site: SiteDefinition, sex: Sex): AgeBand {
  const cached = bands.get(site)?.[sex];
  if (cached !== undefined) return cached;
  const band = computeBand(site, sex);
  bands.set(site, { ...bands.get(site), [sex]: band });
  return band;
}

const bands = new WeakMap<SiteDefinition, Partial<Record<Sex, AgeBand>>>();

function computeBand(site: SiteDefinition, sex: Sex): AgeBand {
  const years = Object.entries(site.settings ?? {}).flatMap(([id, s]) =>
    s.unit === 'years' && typeof s.value === 'number' ? [{ id, value: s.value }] : [],
  );
  const appliesTo = (id: string) =>
    /_(men|male)$/.test(id) ? sex === 'male' : /_(women|female)$/.test(id) ? sex === 'female' : true;
  const mins = years.filter((s) => /(^|_)min_age$/.test(s.id)).map((s) => s.value);
  const maxes = years
    .filter((s) => (/(^|_)max_age$/.test(s.id) || /retirement_age/.test(s.id)) && appliesTo(s.id))
    .map((s) => s.value);
  if (mins.length === 0 && maxes.length === 0) return DEFAULT_BAND;
  const min = mins.length > 0 ? Math.min(...mins) : maxes.length > 0 ? 0 : DEFAULT_BAND.min;
  // A `max_age` of 30 admits 30-year-olds in most programmes' wording ("15 to 30").
  const inclusive = years.some((s) => /(^|_)max_age$/.test(s.id) && !/child/.test(s.id));
  const max = maxes.length > 0 ? Math.max(...maxes) + (inclusive ? 1 : 0) : DEFAULT_BAND.max;
  return { min, max: Math.max(max, min + 1) };
}
