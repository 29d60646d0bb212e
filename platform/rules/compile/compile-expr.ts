/** Compiles one logic node to a JavaScript expression over the data `d` and context `c`. */
import { argumentsOf, isLogic, operatorOf } from '../logic-shape.js';
import { isWholeDataPath } from '../safe-path.js';
import { constant, type Expr, eager, type FnScope, literal, temp, value } from './code-builder.js';
import { CUSTOM_TEMPLATES } from './custom-templates.js';
import { pathRead, staticSegments } from './path-hoisting.js';
import { STANDARD_TEMPLATES } from './standard-templates.js';

/** `var` with a literal path: own-property reads, each key a JSON string literal. */
function compileVar(args: readonly unknown[], scope: FnScope): Expr {
  const path = args[0];
  if (path !== null && typeof path === 'object') {
    return eager(args, scope, 2, (a, b) => ({
      js: `rt.readVar(d, ${value(a)}, ${value(b)})`,
      type: 'any',
      pure: false,
    }));
  }
  return eager(args.slice(1), scope, 1, (fallback) => {
    if (isWholeDataPath(path)) return { js: 'd', type: 'any', pure: true };
    const segments = staticSegments(path);
    // A path through __proto__/constructor/prototype finds nothing, by design.
    const lookup = segments === undefined ? 'void 0' : pathRead(segments, scope.paths, () => temp(scope));
    if (args.length < 2) return { js: lookup, type: 'any', pure: true, rawVar: true };
    const t = temp(scope);
    if (fallback.pure) {
      return {
        js: `((${t} = ${lookup}) === undefined ? nn(${value(fallback)}) : ${t})`,
        type: 'any',
        pure: true,
      };
    }
    const f = temp(scope);
    return {
      js: `(${f} = nn(${value(fallback)}), (${t} = ${lookup}) === undefined ? ${f} : ${t})`,
      type: 'any',
      pure: false,
    };
  });
}

/** An operator the engine does not know: its arguments are evaluated first, as json-logic-js does. */
function unknownOperator(op: string, args: readonly unknown[], scope: FnScope): Expr {
  const effects = args.map((arg) => scope.compile(arg, scope)).filter((e) => !e.pure);
  const thrower = `rt.unknownOp(${constant(scope.builder, op)})`;
  return { js: `(${[...effects.map((e) => e.js), thrower].join(', ')})`, type: 'any', pure: false };
}

export function compileExpr(logic: unknown, scope: FnScope): Expr {
  if (logic === null || typeof logic !== 'object') return literal(logic, scope.builder);
  if (Array.isArray(logic)) {
    const items = logic.map((item) => compileExpr(item, scope));
    return { js: `[${items.map(value).join(', ')}]`, type: 'any', pure: items.every((e) => e.pure) };
  }
  if (!isLogic(logic)) return literal(logic, scope.builder);
  const op = operatorOf(logic);
  const args = argumentsOf(logic, op);
  if (op === 'var') return compileVar(args, scope);
  const template = STANDARD_TEMPLATES.get(op) ?? CUSTOM_TEMPLATES.get(op);
  return template === undefined ? unknownOperator(op, args, scope) : template(args, scope);
}
