import { appendPointer } from '../../kernel/json-pointer.js';
import type { DefinitionKind } from '../definition-kinds.js';
import { checkExpression, type ExpressionEnv } from '../expressions/check-expression.js';
import type { ValueType } from '../expressions/value-type.js';
import type { LayeredDefinition } from '../layer-sites.js';
import type { Origins } from '../origins.js';
import { type Problem, type ProblemCode, problem, type Severity } from '../problem.js';
import type { SiteIndex } from '../site-index.js';

/** Reports problems of one definition, locating each pointer in the file that wrote it. */
export type DefinitionReporter = {
  report(pointer: string, code: ProblemCode, message: string, severity?: Severity): void;
  /** Checks an expression found at `pointer`; returns the rules it calls. */
  expression(pointer: string, expression: unknown, env: ExpressionEnv, expected?: ValueType): string[];
  /** Reports `unknown-reference` unless the site has a `kind` definition with this id. */
  ref(pointer: string, kind: DefinitionKind, id: string | undefined): boolean;
  /** Reports `unknown-reference` unless `id` is one of `known` (partners, roles, stages…). */
  oneOf(pointer: string, what: string, id: string | undefined, known: readonly string[]): boolean;
  /** Reports `duplicate-id` for repeated keys of a list. */
  unique(pointer: string, what: string, items: readonly unknown[], key: (item: unknown) => unknown): void;
};

export function definitionReporter(
  def: LayeredDefinition,
  index: SiteIndex,
  origins: Origins,
  problems: Problem[],
): DefinitionReporter {
  const report = (pointer: string, code: ProblemCode, message: string, severity: Severity = 'error') => {
    const at = origins.locate(def.json, pointer, def.file);
    problems.push(problem(at.file, at.pointer, code, message, severity));
  };
  return {
    report,
    expression(pointer, expression, env, expected = 'any') {
      const result = checkExpression(expression, env, expected);
      for (const issue of result.issues) report(pointer + issue.pointer, issue.code, issue.message);
      return result.rules;
    },
    ref(pointer, kind, id) {
      if (id === undefined || index.has(kind, id)) return true;
      report(pointer, 'unknown-reference', `No ${kind} "${id}" in this site.`);
      return false;
    },
    oneOf(pointer, what, id, known) {
      if (id === undefined || known.includes(id)) return true;
      const list =
        known.length > 0 ? ` Known: ${known.slice(0, 15).join(', ')}${known.length > 15 ? ', …' : ''}.` : '';
      report(pointer, 'unknown-reference', `No ${what} "${id}".${list}`);
      return false;
    },
    unique(pointer, what, items, key) {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        const k = JSON.stringify(key(item));
        if (k === undefined) return;
        if (seen.has(k))
          report(appendPointer(pointer, i), 'duplicate-id', `Another ${what} already has ${k}.`);
        seen.add(k);
      });
    },
  };
}
