/**
 * `npm run bench`: runs every `test/bench/*.bench.ts` module in one process and prints each
 * section's markdown; `--write` also replaces the matching sections of BENCHMARKS.md.
 * A bench module exports `title` and `run(log): Promise<string>` returning its markdown section,
 * and always measures its baseline in the same run so the ratios are comparable.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type BenchModule = { title: string; run: (log: (line: string) => void) => Promise<string> };

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const write = process.argv.includes('--write');

const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const sections: { title: string; body: string }[] = [];
for (const file of files) {
  const mod = (await import(join(here, file))) as BenchModule;
  process.stdout.write(`\n## ${mod.title}\n`);
  const body = await mod.run((line) => process.stdout.write(`  ${line}\n`));
  process.stdout.write(`${body}\n`);
  sections.push({ title: mod.title, body });
}

if (write) {
  const path = join(root, 'BENCHMARKS.md');
  let doc = readFileSync(path, 'utf8');
  for (const { title, body } of sections) {
    const start = `<!-- bench:${title} -->`;
    const end = `<!-- /bench:${title} -->`;
    const block = `${start}\n${body.trim()}\n${end}`;
    const i = doc.indexOf(start);
    const j = doc.indexOf(end);
    doc =
      i >= 0 && j > i
        ? doc.slice(0, i) + block + doc.slice(j + end.length)
        : `${doc.trimEnd()}\n\n## ${title}\n\n${block}\n`;
  }
  writeFileSync(path, doc);
  process.stdout.write(`\nBENCHMARKS.md updated (${sections.length} sections).\n`);
}
