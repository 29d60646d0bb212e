/**
 * The `pathway` command line: `node --import tsx platform/cli/main.ts <command> [args]`.
 * Each command lives in `commands/<name>.ts` and exports `run(args): Promise<number>` (the exit code);
 * modules are loaded lazily so `check` does not pay for the server's start-up.
 */
const COMMANDS: Record<
  string,
  { summary: string; load: () => Promise<{ run: (args: string[]) => Promise<number> }> }
> = {
  check: {
    summary: 'check a site (id or folder) or all sites; prints problems, exits 1 on any',
    load: () => import('./commands/check.js'),
  },
  test: {
    summary: "run every test embedded in a site's definitions (rule tests, SOP scenarios)",
    load: () => import('./commands/test.js'),
  },
  types: {
    summary: 'regenerate TypeScript types from the definition-language schemas',
    load: () => import('./commands/types.js'),
  },
  'rules-eval': {
    summary: 'evaluate [{rule, data}] from a JSON file; --interpret, --explain',
    load: () => import('./commands/rules-eval.js'),
  },
  serve: { summary: 'run the platform (API and UIs)', load: () => import('./commands/serve.js') },
  'build-ui': { summary: 'build the caseworker and admin UIs', load: () => import('./commands/build-ui.js') },
  'seed-demo': {
    summary: 'generate synthetic demo clients and cases: --site <id> --persons N [--seed S]',
    load: () => import('./commands/seed-demo.js'),
  },
  'verify-events': {
    summary: 'verify the hash chain of every case history',
    load: () => import('./commands/verify-events.js'),
  },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (command === undefined) {
    const lines = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(14)} ${c.summary}`);
    process.stderr.write(`usage: pathway <command> [args]\n\n${lines.join('\n')}\n`);
    return name === undefined || name === '--help' ? 0 : 2;
  }
  const module = await command.load();
  return module.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
