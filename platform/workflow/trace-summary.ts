import { factLabeller } from '../definitions/facts/fact-labels.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import { describeTrace, type TraceLine, type TraceNode } from '../rules/index.js';

const MAX_CHECKS = 4;

/** Failed lines with nothing more specific under them: the checks a caseworker needs to see. */
function failedLeaves(lines: readonly TraceLine[]): TraceLine[] {
  return lines.filter((line, i) => {
    if (line.passed !== false) return false;
    for (const below of lines.slice(i + 1)) {
      if (below.depth <= line.depth) break;
      if (below.passed === false) return false;
    }
    return true;
  });
}

/**
 * Why a condition failed, in the caseworker's words: each deepest failing check of the rules
 * engine's trace, described in `locale` with the site's field titles and setting labels
 * ("Date of birth: age 15 ≥ Minimum age 18 — failed").
 */
export function failedChecks(trace: TraceNode, bundle: SiteBundle, locale: string): string[] {
  const lines = describeTrace(trace, { locale, labelFor: factLabeller(bundle, locale) });
  return [...new Set(failedLeaves(lines).map((l) => l.text))].slice(0, MAX_CHECKS);
}
