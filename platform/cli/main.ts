/**
 * The `pathway` command line: `node --import tsx platform/cli/main.ts <command> [args]`.
 * Each command lives in `commands/<name>.ts` and exports `run(args): Promise<number>` (the exit code);
 * modules are loaded lazily so `check` does not pay for the server's start-up.
 */
type CommandModule = { run: (args: string[]) => Promise<number> };

const COMMANDS: Record<string, string> = {
  check: 'check a site (id or folder) or all sites; prints problems, exits 1 on any',
  test: "run every test embedded in a site's definitions (rule tests, SOP scenarios)",
  types: 'regenerate TypeScript types from the definition-language schemas (--check: fail on drift)',
  'rules-eval': 'evaluate [{rule, data}] from a JSON file; --interpret, --explain',
  serve: 'run the platform (API and UIs)',
  'build-ui': 'build the caseworker and admin UIs',
  'seed-demo': 'generate synthetic demo clients and cases: --site <id> --persons N [--seed S]',
  'verify-events': 'verify the hash chain of every case history',
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || COMMANDS[name] === undefined) {
    const lines = Object.entries(COMMANDS).map(([n, summary]) => `  ${n.padEnd(14)} ${summary}`);
    process.stderr.write(`usage: pathway <command> [args]\n\n${lines.join('\n')}\n`);
    return name === undefined || name === '--help' ? 0 : 2;
  }
  const module = (await import(`./commands/${name}.js`)) as CommandModule;
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
