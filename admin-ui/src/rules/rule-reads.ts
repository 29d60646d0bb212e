import { settingValues } from '../../../platform/definitions/evaluator-options.js';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';

const SETTING = /^settings\.([a-z][a-z0-9]*(?:[_-][a-z0-9]+)*)$/;

/** The path a `var` names (`{"var": "a.b"}`, `{"var": ["a.b", default]}`), if literal. */
function varPath(node: Record<string, unknown>): string | undefined {
  const arg = node.var;
  const path = Array.isArray(arg) ? arg[0] : arg;
  return typeof path === 'string' ? path : undefined;
}

const isOp = (node: unknown, op: string): node is Record<string, unknown> =>
  node !== null &&
  typeof node === 'object' &&
  !Array.isArray(node) &&
  Object.keys(node).length === 1 &&
  op in node;

/** What a piece of logic reads, following the `rule` operator into the rules it calls. */
export function readsOf(
  logic: unknown,
  rules: Readonly<Record<string, { logic?: unknown }>>,
): { settings: string[]; rules: string[]; facts: string[] } {
  const settings = new Set<string>();
  const called = new Set<string>();
  const facts = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (isOp(node, 'var')) {
      const path = varPath(node);
      const setting = path === undefined ? null : SETTING.exec(path);
      if (setting?.[1]) settings.add(setting[1]);
      else if (path !== undefined && path !== '') facts.add(path);
    }
    if (isOp(node, 'rule') && typeof node.rule === 'string' && !called.has(node.rule)) {
      called.add(node.rule);
      walk(rules[node.rule]?.logic);
    }
    for (const value of Object.values(node)) walk(value);
  };
  walk(logic);
  return { settings: [...settings], rules: [...called], facts: [...facts] };
}

/**
 * Logic with the settings it reads and the rules it calls written in (from `bundle`, drafts
 * included): the match count and the simulator on a real case run on the server's published
 * definitions, so the drafted values travel inside the logic.
 */
export function inlineDrafts(logic: unknown, bundle: SiteBundle, depth = 0): unknown {
  const settings = settingValues(bundle.site);
  const walk = (node: unknown, level: number): unknown => {
    if (Array.isArray(node)) return node.map((n) => walk(n, level));
    if (node === null || typeof node !== 'object') return node;
    if (isOp(node, 'var')) {
      const path = varPath(node);
      const setting = path === undefined ? null : SETTING.exec(path);
      if (setting?.[1] !== undefined && Object.hasOwn(settings, setting[1])) return settings[setting[1]];
      return node;
    }
    if (isOp(node, 'rule') && typeof node.rule === 'string' && level < 16) {
      const called = bundle.rules[node.rule];
      if (called !== undefined) return walk(called.logic, level + 1);
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, level)]));
  };
  return walk(logic, depth);
}
