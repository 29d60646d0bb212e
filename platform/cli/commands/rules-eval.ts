import { readFileSync } from 'node:fs';
import { isPlatformError } from '../../kernel/errors.js';
import { evaluateCases } from '../../rules/evaluate-cases.js';
import { createEvaluator } from '../../rules/index.js';

const USAGE = 'usage: pathway rules-eval <cases.json | -> [--interpret] [--explain]\n';

/**
 * `npm run -s rules:eval -- cases.json`: evaluates a JSON array of `{ "rule", "data" }` and prints
 * one JSON array of `{ "value" }` / `{ "error" }` in the same order. Compiled evaluator by default;
 * `--interpret` uses the interpreter, `--explain` adds each case's trace. `-` reads standard input.
 */
export async function run(args: string[]): Promise<number> {
  const files = args.filter((arg) => !arg.startsWith('--') || arg === '-');
  const unknown = args.filter((arg) => arg.startsWith('--') && !['--interpret', '--explain'].includes(arg));
  if (files.length !== 1 || unknown.length > 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  let cases: unknown;
  try {
    cases = JSON.parse(readFileSync(files[0] === '-' ? 0 : (files[0] as string), 'utf8'));
  } catch (error) {
    process.stderr.write(`cannot read cases: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  try {
    const results = evaluateCases(cases, {
      evaluator: createEvaluator(),
      mode: args.includes('--interpret') ? 'interpreted' : 'compiled',
      explain: args.includes('--explain'),
    });
    process.stdout.write(`${JSON.stringify(results)}\n`);
    return 0;
  } catch (error) {
    if (!isPlatformError(error)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
}
