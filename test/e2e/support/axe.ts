import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type AxeResult = {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: string[]; html: string }[];
  }[];
};

/** Violations of serious or critical impact on the page as it is now (axe-core, all its rules). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Scripts as strings: the tests compile without the DOM library.
  if (!((await page.evaluate("'axe' in window")) as boolean))
    await page.addScriptTag({ content: AXE_SOURCE });
  const result = (await page.evaluate("axe.run(document, { resultTypes: ['violations'] })")) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')}  ${n.html.slice(0, 160)}`)
          .join('\n')}`,
    );
}
