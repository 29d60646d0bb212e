import type { SiteBundle } from '../definitions/site-bundle.js';

type Walker = {
  readonly paths: Set<string>;
  readonly rules: SiteBundle['rules'];
  readonly seen: Set<string>;
};

function strings(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === 'string');
}

function visitOperator(w: Walker, op: string, arg: unknown): void {
  if (op === 'var') {
    const path = Array.isArray(arg) ? arg[0] : arg;
    if (typeof path === 'string') w.paths.add(path);
  } else if (op === 'missing') {
    for (const path of strings(arg)) w.paths.add(path);
  } else if (op === 'missing_some' && Array.isArray(arg)) {
    for (const path of strings(arg[1])) w.paths.add(path);
  } else if (op === 'rule') {
    const id = Array.isArray(arg) ? arg[0] : arg;
    if (typeof id === 'string' && !w.seen.has(id)) {
      w.seen.add(id);
      visit(w, w.rules[id]?.logic);
    }
  }
  visit(w, arg);
}

function visit(w: Walker, logic: unknown): void {
  if (Array.isArray(logic)) {
    for (const item of logic) visit(w, item);
    return;
  }
  if (logic === null || typeof logic !== 'object') return;
  for (const [op, arg] of Object.entries(logic)) visitOperator(w, op, arg);
}

/**
 * Every fact path an expression may read: its `var` and `missing` paths, and those of the named
 * rules it calls (a rule about a form reads the same facts). Paths are literal (the checker
 * insists), so this is exact up to over-counting paths read inside item scopes.
 */
export function varPaths(logic: unknown, rules: SiteBundle['rules']): Set<string> {
  const w: Walker = { paths: new Set(), rules, seen: new Set() };
  visit(w, logic);
  return w.paths;
}
