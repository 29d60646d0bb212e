import { factLabeller } from '../definitions/facts/fact-labels.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import { localize } from '../kernel/localized-text.js';
import { describeTrace, type TraceLine, type TraceNode } from '../rules/index.js';

const MAX_CHECKS = 4;

/** Failed lines with nothing more specific under them: the checks a caseworker needs to see. */
/**
 * The checks a caseworker needs to see: failed lines with nothing failed under them, and no
 * ancestor that held (a failure under a `not` that held is why it held, not a problem). A failed
 * line whose conditions all held (a `not` over a rule that held) keeps them beside it, since the
 * heading alone says nothing ("not — failed: rule “Adult client” — held").
 */
function failedLeaves(lines: readonly TraceLine[]): string[] {
  const found: string[] = [];
  const ancestors: TraceLine[] = [];
  lines.forEach((line, i) => {
    while ((ancestors.at(-1)?.depth ?? -1) >= line.depth) ancestors.pop();
    const underHeld = ancestors.some((a) => a.passed === true);
    ancestors.push(line);
    if (line.passed !== false || underHeld) return;
    const below: TraceLine[] = [];
    for (const next of lines.slice(i + 1)) {
      if (next.depth <= line.depth) break;
      below.push(next);
    }
    if (below.some((l) => l.passed === false)) return;
    const children = below.filter((l) => l.depth === line.depth + 1).map((l) => l.text);
    found.push(children.length > 0 ? `${line.text}: ${children.join('; ')}` : line.text);
  });
  return found;
}

/**
 * Why a condition failed, in the caseworker's words: each deepest failing check of the rules
 * engine's trace, described in `locale` with the site's field titles and setting labels
 * ("Date of birth: age 15 ≥ Minimum age 18 — failed").
 */
export function failedChecks(trace: TraceNode, bundle: SiteBundle, locale: string): string[] {
  const fallbacks = [bundle.site.defaultLocale, 'en'];
  const lines = describeTrace(trace, {
    locale,
    labelFor: factLabeller(bundle, locale),
    ruleName: (id) => {
      const name = bundle.rules[id]?.name;
      return name === undefined ? undefined : localize(name, locale, fallbacks);
    },
  });
  return [...new Set(failedLeaves(lines))].slice(0, MAX_CHECKS);
}
