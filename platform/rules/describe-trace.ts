/**
 * Turns a trace into sentences a caseworker can read: "age 17 < 18 — failed". Conditions become
 * one line each with their verdict; `and`/`or`/`!`, array operators and named rules become a
 * heading with their conditions indented below it.
 */
import { fill, type PhraseKey, phrasesFor } from './trace-phrases.js';
import type { TraceLine, TraceNode } from './types.js';

export type DescribeOptions = {
  locale: string;
  /** A field's title for a `var` path; the path itself otherwise. */
  labelFor?: (varPath: string) => string | undefined;
  /** A named rule's title for its id; the id itself otherwise. */
  ruleName?: (ruleId: string) => string | undefined;
};

type Words = ReturnType<typeof phrasesFor>;
type Context = {
  words: Words;
  label: (path: string) => string;
  ruleName: (id: string) => string;
  lines: TraceLine[];
};

const SYMBOLS: Readonly<Record<string, string>> = {
  '<': '<',
  '<=': '≤',
  '>': '>',
  '>=': '≥',
  '==': '=',
  '===': '=',
  '!=': '≠',
  '!==': '≠',
};
const GROUPS: Readonly<Record<string, PhraseKey>> = { and: 'allOf', or: 'anyOf', '!': 'not' };
const ITEM_GROUPS: Readonly<Record<string, PhraseKey>> = {
  some: 'someItem',
  any: 'someItem',
  all: 'everyItem',
  none: 'noItem',
};

function format(value: unknown, words: Words): string {
  if (value === null || value === undefined) return words.empty;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) {
    const shown = value.slice(0, 10).map((item) => format(item, words));
    return `[${shown.join(', ')}${value.length > 10 ? ', …' : ''}]`;
  }
  return typeof value === 'object' ? '{…}' : String(value);
}

/** What a node is, without its value: a field label, a literal, or an operation on those. */
function name(node: TraceNode, ctx: Context): string {
  const { words } = ctx;
  if (node.op === 'var') return ctx.label(node.path ?? '');
  if (node.op === 'value' || node.op === 'array') return format(node.value, words);
  const args = node.args.filter((arg) => arg.item === undefined).map((arg) => name(arg, ctx));
  if (node.op === 'age_years') return words.age;
  if (node.op === 'days_between') return fill(words.daysBetween, args);
  if (node.op === 'working_days_between') return fill(words.workingDaysBetween, args);
  if (SYMBOLS[node.op] !== undefined || ['+', '-', '*', '/', '%'].includes(node.op)) {
    return args.join(` ${SYMBOLS[node.op] ?? node.op} `);
  }
  return `${node.op}(${args.join(', ')})`;
}

/** A node as an operand: its name and, unless it is a literal, its value. */
function operand(node: TraceNode, ctx: Context): string {
  if (node.op === 'value' || node.op === 'array') return format(node.value, ctx.words);
  if (node.skipped) return name(node, ctx);
  return `${name(node, ctx)} ${format(node.value, ctx.words)}`;
}

/** For `x === true` (a yes/no field checked for yes), the field: the verdict already says the rest. */
function yesNoCheck(node: TraceNode): TraceNode | undefined {
  if ((node.op !== '===' && node.op !== '==') || node.args.length !== 2) return undefined;
  const [a, b] = node.args;
  if (b?.op === 'value' && b.value === true && a?.op === 'var') return a;
  if (a?.op === 'value' && a.value === true && b?.op === 'var') return b;
  return undefined;
}

function sentence(node: TraceNode, ctx: Context): string {
  const { words } = ctx;
  const ops = node.args.map((arg) => operand(arg, ctx));
  const symbol = SYMBOLS[node.op];
  const flag = yesNoCheck(node);
  if (flag !== undefined)
    return flag.skipped ? name(flag, ctx) : `${name(flag, ctx)}: ${format(flag.value, words)}`;
  if (symbol !== undefined) return ops.join(` ${symbol} `);
  switch (node.op) {
    case 'in':
      return fill(Array.isArray(node.args[1]?.value) ? words.isOneOf : words.isPartOf, ops);
    case 'between':
      return fill(words.between, ops);
    case 'before':
      return fill(words.before, ops);
    case 'after':
      return fill(words.after, ops);
    case 'in_lookup':
      return fill(words.inLookup, [ops[1] ?? '', String(node.args[0]?.value ?? '')]);
    case 'missing':
    case 'missing_some':
      return fill(words.missing, [format(node.value, words)]);
    default:
      return operand(node, ctx);
  }
}

/** Whether a node held: as recorded, or for a named yes/no rule used as a value, its value. */
function heldOf(node: TraceNode): boolean | undefined {
  if (node.passed !== undefined) return node.passed;
  return node.op === 'rule' && typeof node.value === 'boolean' ? node.value : undefined;
}

function verdict(node: TraceNode, words: Words): string {
  if (node.skipped) return ` — ${words.notEvaluated}`;
  const held = heldOf(node);
  if (held === undefined) return '';
  return ` — ${held ? words.held : words.failed}`;
}

function push(ctx: Context, node: TraceNode, depth: number, text: string): void {
  const prefix = node.item === undefined ? '' : `${fill(ctx.words.item, [String(node.item + 1)])}: `;
  const line: TraceLine = { text: `${prefix}${text}${verdict(node, ctx.words)}`, depth };
  const held = heldOf(node);
  if (held !== undefined && !node.skipped) line.passed = held;
  ctx.lines.push(line);
}

/** The heading of a node that groups conditions, and where its conditions start; none for a plain condition. */
function heading(node: TraceNode, ctx: Context): { text: string; from: number } | undefined {
  const { words } = ctx;
  const group = GROUPS[node.op];
  if (group !== undefined) return { text: words[group], from: 0 };
  const list = node.args[0] ? name(node.args[0], ctx) : '';
  const itemGroup = ITEM_GROUPS[node.op];
  if (itemGroup !== undefined) return { text: fill(words[itemGroup], [list]), from: 1 };
  if (node.op === 'count_if')
    return { text: fill(words.countItems, [list, format(node.value, words)]), from: 1 };
  if (node.op === 'if' || node.op === '?:')
    return { text: fill(words.choice, [format(node.value, words)]), from: 0 };
  if (node.op === 'rule') return { text: fill(words.rule, [ctx.ruleName(node.path ?? '')]), from: 0 };
  return undefined;
}

function describe(node: TraceNode, depth: number, ctx: Context): void {
  if (node.skipped) {
    const group = GROUPS[node.op];
    push(ctx, node, depth, group ? ctx.words[group] : sentence(node, ctx));
    return;
  }
  const [first] = node.args;
  if (node.op === '!!' && first !== undefined) {
    describe({ ...first, item: node.item, passed: node.passed, skipped: node.skipped }, depth, ctx);
    return;
  }
  const head = heading(node, ctx);
  if (head === undefined) {
    push(ctx, node, depth, sentence(node, ctx));
    return;
  }
  push(ctx, node, depth, head.text);
  for (const arg of node.args.slice(head.from)) describe(arg, depth + 1, ctx);
}

/**
 * Describes an explanation's trace as indented lines in `locale` (en, ru, uz, sr-Cyrl, sr-Latn,
 * fr; others fall back to English). `labelFor` names `var` paths, e.g. with form field titles;
 * `ruleName` names rules referred to by id.
 */
export function describeTrace(trace: TraceNode, options: DescribeOptions): TraceLine[] {
  const ctx: Context = {
    words: phrasesFor(options.locale),
    label: (path) => options.labelFor?.(path) ?? path,
    ruleName: (id) => options.ruleName?.(id) ?? id,
    lines: [],
  };
  describe(trace, 0, ctx);
  return ctx.lines;
}
