import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type ScenarioStep = {
  event: { type: string; form?: string; data?: Record<string, unknown>; [k: string]: unknown };
};
type Scenario = { name: string; person?: Record<string, unknown>; steps: ScenarioStep[] };

const SITES = resolve(import.meta.dirname, '..', '..', '..', 'definitions', 'sites');

/** A scenario the site's SOP carries (its tests), found by the start of its name. */
export function scenario(site: string, nameStart: string): Scenario {
  const sop = JSON.parse(readFileSync(resolve(SITES, site, 'case-management.sop.json'), 'utf8')) as {
    scenarios: Scenario[];
  };
  const found = sop.scenarios.find((s) => s.name.toLowerCase().startsWith(nameStart.toLowerCase()));
  if (found === undefined) throw new Error(`${site} has no scenario "${nameStart}…"`);
  return found;
}

/** The data of the n-th (0-based) submission of `form` in a scenario. */
export function submission(s: Scenario, form: string, nth = 0): Record<string, unknown> {
  const found = s.steps.filter((x) => x.event.type === 'submit' && x.event.form === form)[nth];
  if (found?.event.data === undefined) throw new Error(`"${s.name}" has no submission ${nth} of ${form}`);
  return found.event.data;
}
