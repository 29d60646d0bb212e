/**
 * The operator reference of `definitions/docs/expressions.md`, generated from the operator
 * catalogue so the documentation cannot drift from the language. The doc keeps the generated part
 * between two markers; {@link updateExpressionsDoc} rewrites it.
 */
import { OPERATORS, type OperatorSpec } from '../definitions/expressions/operator-catalogue.js';

export const REFERENCE_BEGIN =
  '<!-- operator-reference:begin (generated from the operator catalogue; do not edit) -->';
export const REFERENCE_END = '<!-- operator-reference:end -->';

type Example = { readonly logic: unknown; readonly data?: unknown; readonly result: unknown };

/** More examples for Pathway's own operators, beyond the catalogue's one each (all tested). */
export const MORE_EXAMPLES: Readonly<Record<string, readonly Example[]>> = {
  age_years: [
    {
      logic: { age_years: [{ var: 'person.birthDate' }] },
      data: { person: { birthDate: '2007-06-01' }, today: '2025-06-01' },
      result: 18,
    },
    { logic: { age_years: ['2008-02-29', '2025-02-28'] }, result: 16 },
    { logic: { age_years: ['not a date', '2025-02-28'] }, result: null },
  ],
  days_between: [{ logic: { days_between: ['2025-03-01', '2025-02-01'] }, result: -28 }],
  working_days_between: [{ logic: { working_days_between: ['2025-01-10', '2025-01-03'] }, result: -5 }],
  add_days: [
    {
      logic: { add_days: [{ var: 'referredOn' }, 14] },
      data: { referredOn: '2025-12-20' },
      result: '2026-01-03',
    },
  ],
  add_working_days: [{ logic: { add_working_days: ['2025-01-10', -5] }, result: '2025-01-03' }],
  before: [{ logic: { before: [{ var: 'closedOn' }, '2025-01-01'] }, data: {}, result: false }],
  after: [{ logic: { after: ['2025-01-02T08:00:00Z', '2025-01-01'] }, result: true }],
  count_if: [{ logic: { count_if: [{ var: 'members' }] }, data: { members: [{}, {}, {}] }, result: 3 }],
  sum: [{ logic: { sum: [[1, '2', null, 4]] }, result: 5 }],
  any: [{ logic: { any: [[], true] }, result: false }],
  in_lookup: [{ logic: { in_lookup: ['districts', 'chilonzor', 'tashkent-city'] }, result: true }],
  coalesce: [{ logic: { coalesce: [{ var: 'a' }, ''] }, data: {}, result: null }],
  between: [
    {
      logic: { between: [{ var: 'visit' }, '2025-01-01', '2025-03-31'] },
      data: { visit: '2025-02-14' },
      result: true,
    },
    { logic: { between: ['20', 15, 30] }, result: false },
  ],
  rule: [{ logic: { '!': [{ rule: 'in-target-group' }] }, result: false }],
};

const json = (value: unknown) => JSON.stringify(value);

function arity(spec: OperatorSpec): string {
  const { min, max } = spec.arity;
  if (max === undefined) return `${min} or more`;
  return min === max ? String(min) : `${min}–${max}`;
}

function argumentTypes(spec: OperatorSpec): string {
  const last = spec.args[spec.args.length - 1];
  const listed = spec.args.join(', ');
  return spec.arity.max === undefined && last !== undefined ? `${listed}, … (${last})` : listed || '—';
}

function example({ logic, data, result }: Example): string {
  const given = data === undefined ? '' : ` with data \`${json(data)}\``;
  return `- \`${json(logic)}\`${given} → \`${json(result)}\``;
}

function operatorSection(spec: OperatorSpec): string {
  const scoped = spec.scoped?.length
    ? `\n- Argument ${spec.scoped.map((i) => i + 1).join(', ')} is evaluated once per item of the list, with the item as its data.`
    : '';
  const comparison = spec.comparison ? '\n- Compares numbers, or ISO dates.' : '';
  const returns = typeof spec.returns === 'function' ? 'depends on the arguments' : spec.returns;
  const examples = [spec.example, ...(MORE_EXAMPLES[spec.name] ?? [])].map(example).join('\n');
  return [
    `#### \`${spec.name}\``,
    '',
    spec.summary,
    '',
    `- Arguments: ${arity(spec)} (${argumentTypes(spec)}); result: ${returns}; in SQL: ${spec.sql ? 'yes' : 'no'}.${scoped}${comparison}`,
    '',
    examples,
  ].join('\n');
}

/** The generated reference: every catalogue operator with its types, summary and examples. */
export function renderOperatorReference(): string {
  const group = (title: string, standard: boolean) => [
    `### ${title}`,
    '',
    ...OPERATORS.filter((op) => op.standard === standard).flatMap((op) => [operatorSection(op), '']),
  ];
  return [
    ...group('Standard operators (json-logic-js 2.0.5 semantics)', true),
    ...group("Pathway's operators", false),
  ]
    .join('\n')
    .trimEnd();
}

/** The doc with its generated section replaced by the current reference. */
export function updateExpressionsDoc(markdown: string): string {
  const start = markdown.indexOf(REFERENCE_BEGIN);
  const end = markdown.indexOf(REFERENCE_END);
  if (start < 0 || end < start) throw new Error('the operator reference markers are missing');
  return `${markdown.slice(0, start + REFERENCE_BEGIN.length)}\n\n${renderOperatorReference()}\n\n${markdown.slice(end)}`;
}
