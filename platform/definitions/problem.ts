/**
 * Every problem the loader and checker can report, with what it means. Problems are collected,
 * never thrown one by one, and always point at a file and a JSON pointer inside it.
 */
export const PROBLEM_CODES = {
  'json-parse': 'The file is not valid JSON.',
  'file-name': 'A definition file must be named `<id>.<kind>.json` with a known kind.',
  'id-mismatch': 'The `id` or `kind` inside the file differs from its file name.',
  schema: 'The definition does not match the definition-language schema.',
  'duplicate-id': 'Two definitions, or two items of one list, have the same id or value.',
  'unknown-reference': 'A reference names something the site does not define.',
  'bad-var-path': 'A `var` path (or a field path) does not resolve to a declared field or fact.',
  'bad-expression': 'An expression object must have exactly one key: the operator.',
  'unknown-operator': 'The operator is not part of the expression language.',
  'wrong-arity': 'The operator gets too few or too many arguments.',
  'type-mismatch': 'A value of one type is used where another is required.',
  'unknown-option-value': 'A value is compared with a field but is not one of its options.',
  'expression-too-large': 'The expression is nested too deeply or has too many nodes.',
  'rule-cycle': 'Rules refer to each other in a cycle through the `rule` operator.',
  'extends-cycle': 'Sites extend each other in a cycle.',
  'override-missing': 'A file overrides a definition that the template it extends does not have.',
  'override-undeclared': 'A file redefines a definition of the template without declaring `override`.',
  'site-not-found': 'The site (or the template it extends) cannot be found.',
  'missing-translation': 'A localized text lacks one of the locales the site declares.',
  'invalid-value': 'A value is well-formed but contradicts the rest of the definition.',
} as const;

export type ProblemCode = keyof typeof PROBLEM_CODES;

export type Severity = 'error' | 'warning';

export type Problem = {
  /** Path of the file, relative to where the site was loaded from (`definitions/sites/x/x.site.json`). */
  readonly file: string;
  /** JSON pointer inside the file (`/stages/2/transitions/0/to`); '' for the whole file. */
  readonly pointer: string;
  readonly code: ProblemCode;
  readonly message: string;
  readonly severity: Severity;
};

export function problem(
  file: string,
  pointer: string,
  code: ProblemCode,
  message: string,
  severity: Severity = 'error',
): Problem {
  return { file, pointer, code, message, severity };
}

/** Formats a problem like a compiler: `file:pointer code message`. */
export function formatProblem(p: Problem): string {
  const where = p.pointer === '' ? p.file : `${p.file}:${p.pointer}`;
  return `${where} ${p.severity === 'warning' ? 'warning ' : ''}${p.code} ${p.message}`;
}

/** Removes exact duplicates (the same template problem seen through several sites) and sorts. */
export function uniqueProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Map<string, Problem>();
  for (const p of problems) seen.set(`${p.file}\u0000${p.pointer}\u0000${p.code}\u0000${p.message}`, p);
  return [...seen.values()].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.pointer.localeCompare(b.pointer) || a.code.localeCompare(b.code),
  );
}
