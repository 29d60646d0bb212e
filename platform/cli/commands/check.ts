import { loadSitesFromDisk } from '../../definitions/load-sites.js';
import { formatProblem, uniqueProblems } from '../../definitions/problem.js';

/**
 * `npm run definitions:check [site]`: checks one site (an id, or the path of a site folder
 * anywhere on disk) or every site, prints problems like a compiler and exits 1 on any error.
 */
export async function run(args: string[]): Promise<number> {
  const ref = args.find((a) => !a.startsWith('-'));
  const started = performance.now();
  const sites = loadSitesFromDisk(ref);
  const problems = uniqueProblems(sites.flatMap((s) => s.problems));
  for (const p of problems) process.stdout.write(`${formatProblem(p)}\n`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const ms = Math.round(performance.now() - started);
  const names = sites.map((s) => `${s.siteId}${s.bundle ? '' : ' ✗'}`).join(', ');
  process.stdout.write(
    `${sites.length} site${sites.length === 1 ? '' : 's'} checked (${names}) in ${ms} ms: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.\n`,
  );
  return errors > 0 ? 1 : 0;
}
