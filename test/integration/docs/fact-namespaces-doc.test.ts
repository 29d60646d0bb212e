import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleIndex } from '../../../platform/cases/analytics/bundle-index.js';
import { caseFacts } from '../../../platform/definitions/facts/case-facts.js';
import type { FactTree } from '../../../platform/definitions/facts/fact-tree.js';
import { indicatorFacts } from '../../../platform/definitions/facts/indicator-facts.js';
import { loadSitesFromDisk } from '../../../platform/definitions/load-sites.js';

const DOC = resolve(import.meta.dirname, '..', '..', '..', 'definitions', 'docs', 'expressions.md');

/** The "Fact namespaces" section of the expressions guide. */
function section(): string {
  const text = readFileSync(DOC, 'utf8');
  const start = text.indexOf('### Fact namespaces');
  const end = text.indexOf('\n## ', start);
  return text.slice(start, end);
}

const names = (tree: FactTree | undefined): string[] => Object.keys(tree?.children ?? {});
const firstChild = (tree: FactTree | undefined): FactTree | undefined =>
  Object.values(tree?.children ?? {})[0];

describe('the fact namespaces in the expressions guide', () => {
  const [site] = loadSitesFromDisk('uz-tashkent-icm');
  if (site?.bundle === undefined) throw new Error('the Tashkent site does not load');
  const index = bundleIndex(site.bundle);
  const facts = caseFacts(index);
  const doc = section();
  const documented = (name: string) => doc.includes(`\`${name}\``) || doc.includes(`\`${name}.`);

  it('names every top-level fact of a case', () => {
    expect(names(facts).filter((n) => !documented(n))).toEqual([]);
  });

  it.each(['case', 'tasks', 'approvals', 'referrals', 'milestones'])('lists what `%s` holds', (namespace) => {
    const tree = namespace === 'case' ? facts.children?.case : firstChild(facts.children?.[namespace]);
    expect(tree, `the Tashkent site has no ${namespace}`).toBeDefined();
    expect(names(tree).filter((n) => !documented(n))).toEqual([]);
  });

  it.each([
    ['referrals', 'referral'],
    ['tasks', 'task'],
    ['submissions', 'submission'],
  ] as const)('lists what an indicator over %s adds for the record', (entity, child) => {
    const record = indicatorFacts(index, entity).children?.[child];
    expect(names(record).filter((n) => !documented(n))).toEqual([]);
  });
});
