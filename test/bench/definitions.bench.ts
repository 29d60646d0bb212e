/**
 * Loading and checking every site (validate, layer, link, check expressions and translations,
 * hash) against the baseline of merely JSON.parse-ing the same files, both from memory so disk
 * speed does not enter the comparison.
 */
import { checkSite } from '../../platform/definitions/check-site.js';
import { findSiteFolders, readSiteFolder, siteRoots } from '../../platform/definitions/read-site-folders.js';
import type { SiteSource } from '../../platform/definitions/site-source.js';

export const title = 'Definitions: load and check all sites';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(rounds: number, work: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function run(log: (line: string) => void): Promise<string> {
  const sources = new Map<string, SiteSource>();
  for (const [id, folder] of findSiteFolders(siteRoots(''))) sources.set(id, readSiteFolder(folder));
  const files = [...sources.values()].flatMap((s) => s.files);
  const bytes = files.reduce((n, f) => n + f.text.length, 0);
  const resolve = (id: string) => sources.get(id);
  log(`${sources.size} sites, ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB`);
  // Warm up: ajv compiles the language's schemas once per process.
  for (const id of sources.keys()) checkSite(id, resolve);
  const parse = time(30, () => {
    for (const f of files) JSON.parse(f.text);
  });
  const check = time(15, () => {
    for (const id of sources.keys()) {
      const result = checkSite(id, resolve);
      if (result.problems.some((p) => p.severity === 'error')) throw new Error(`site ${id} has problems`);
    }
  });
  log(`JSON.parse ${parse.toFixed(2)} ms, checkSite ${check.toFixed(1)} ms`);
  return [
    `Method: every site under \`definitions/sites\` (${sources.size} sites, ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB) read into memory once; median of 30 rounds of \`JSON.parse\` of every file (baseline) and of 15 rounds of \`checkSite\` for every site (each site checks its template too), after one warm-up round.`,
    '',
    '| what | median per round | ratio to JSON.parse |',
    '|---|---:|---:|',
    `| JSON.parse of all files (baseline) | ${parse.toFixed(2)} ms | 1× |`,
    `| checkSite of all sites | ${check.toFixed(1)} ms | ${(check / parse).toFixed(0)}× |`,
  ].join('\n');
}
