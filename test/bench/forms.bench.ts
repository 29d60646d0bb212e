/**
 * The forms engine on every keystroke: `effectiveForm` (rules applied, effective schema built,
 * data validated) and `validateSubmission` for a generated 300-field form with 151 rules against a
 * 10-field form with 5 rules, in the same run. The caseworker UI calls `effectiveForm` on every
 * change, so it must stay well under a 16 ms frame for the large form.
 */
import { checkSite } from '../../platform/definitions/check-site.js';
import type { SiteBundle } from '../../platform/definitions/site-bundle.js';
import { effectiveForm, type FormInput, validateSubmission } from '../../platform/forms/index.js';
import { fixtureResolver } from '../support/fixture-sites.js';

export const title = 'Forms: effective form per keystroke and submission validation';

const t = (en: string) => ({ en, fr: en });
const OPTIONS = ['a', 'b', 'c', 'd'].map((v) => ({ value: v, label: t(v.toUpperCase()) }));
const v = (path: string) => ({ var: path });

type Block = { fields: [string, object][]; rule: object; data: [string, unknown][] };

/** Block `k`: a source field, a target field and one rule between them; the rule kind cycles. */
function block(k: number): Block {
  const s = `f${2 * k}`;
  const d = `f${2 * k + 1}`;
  const text = { type: 'string', maxLength: 200, title: t(`Question ${2 * k + 1}`) };
  const choice = { type: 'string', options: OPTIONS, title: t(`Question ${2 * k}`) };
  const flag = { type: 'boolean', title: t(`Question ${2 * k}`) };
  const int = { type: 'integer', minimum: 0, maximum: 1000, title: t(`Question ${2 * k}`) };
  const date = { type: 'string', format: 'date', title: t(`Question ${2 * k}`) };
  const blocks: Record<number, () => Block> = {
    0: () => ({
      fields: [
        [s, choice],
        [d, text],
      ],
      rule: { effect: 'show', field: d, when: { '===': [v(s), 'a'] } },
      data: [
        [s, 'a'],
        [d, 'answer'],
      ],
    }),
    3: () => ({
      fields: [
        [s, flag],
        [d, date],
      ],
      rule: { effect: 'show', field: d, when: { '===': [v(s), true] } },
      data: [
        [s, true],
        [d, '2024-05-01'],
      ],
    }),
    4: () => ({
      fields: [
        [s, int],
        [d, text],
      ],
      rule: { effect: 'require', field: d, when: { '>': [v(s), 10] } },
      data: [
        [s, 20],
        [d, 'given'],
      ],
    }),
    5: () => ({
      fields: [
        [s, int],
        [d, { type: 'integer', title: t('Total') }],
      ],
      rule: {
        effect: 'calculate',
        field: d,
        value: { '+': [{ '*': [v(s), 2] }, k >= 10 ? { coalesce: [v(`f${2 * (k - 10) + 1}`), 0] } : 0] },
      },
      data: [[s, 3]],
    }),
    6: () => ({
      fields: [
        [s, date],
        [d, { type: 'number', title: t('Amount') }],
      ],
      rule: {
        effect: 'error',
        field: s,
        when: { after: [v(s), v('today')] },
        message: t('Not in the future.'),
      },
      data: [
        [s, '2024-01-15'],
        [d, 12.5],
      ],
    }),
    7: () => ({
      fields: [
        [s, int],
        [d, { type: 'number', title: t('Amount') }],
      ],
      rule: { effect: 'warning', field: d, when: { '>': [v(s), 500] }, message: t('Unusually high.') },
      data: [
        [s, 600],
        [d, 3],
      ],
    }),
    8: () => ({
      fields: [
        [s, flag],
        [d, choice],
      ],
      rule: { effect: 'filter_options', field: d, allow: { if: [v(s), ['a', 'b'], ['a', 'b', 'c', 'd']] } },
      data: [
        [s, true],
        [d, 'b'],
      ],
    }),
    9: () => ({
      fields: [
        [s, flag],
        [d, text],
      ],
      rule: { effect: 'readonly', field: d, when: { '===': [v(s), true] } },
      data: [
        [s, false],
        [d, 'free text'],
      ],
    }),
  };
  return (blocks[k % 10] ?? (blocks[0] as () => Block))();
}

const GROUP = {
  type: 'array',
  title: t('Members'),
  items: {
    type: 'object',
    properties: {
      name: { type: 'string', title: t('Name') },
      kind: { type: 'string', options: OPTIONS, title: t('Kind') },
      note: { type: 'string', title: t('Note') },
    },
    required: ['name'],
  },
};

/** A form of `2 × blocks` fields; with `group`, the last block is a repeat group and a count over it. */
function generatedForm(
  id: string,
  blocks: number,
  group: boolean,
): { form: object; data: Record<string, unknown> } {
  const properties: Record<string, object> = {};
  const rules: object[] = [];
  const data: Record<string, unknown> = {};
  for (let k = 0; k < (group ? blocks - 1 : blocks); k++) {
    const b = block(k);
    for (const [name, field] of b.fields) properties[name] = field;
    rules.push(b.rule);
    for (const [name, value] of b.data) data[name] = value;
  }
  if (group) {
    properties.members = GROUP;
    properties.memberCount = { type: 'integer', title: t('Members of kind A') };
    rules.push({
      effect: 'calculate',
      field: 'memberCount',
      value: { count_if: [v('members'), { '===': [v('kind'), 'a'] }] },
    });
    rules.push({ effect: 'show', field: 'members[].note', when: { '===': [v('members[].kind'), 'a'] } });
    data.members = ['a', 'b', 'a', 'c', 'd'].map((kind, i) => ({ name: `Member ${i}`, kind, note: 'note' }));
  }
  return {
    form: { kind: 'form', id, title: t(id), fields: { type: 'object', properties, required: ['f0'] }, rules },
    data,
  };
}

function bundleWith(forms: object[]): SiteBundle {
  const result = checkSite(
    'fx-site',
    fixtureResolver((files) => {
      for (const form of forms) files.set(`fx-site/${(form as { id: string }).id}.form.json`, form);
    }),
  );
  if (result.bundle === undefined) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
  return result.bundle;
}

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

type Timing = { median: number; p95: number };
/** Timings, and what the rules decided on the last keystroke (to show the form is doing work). */
type Measured = { first: number; keystroke: Timing; submit: Timing; counts: string };

/** Types into one text field (and toggles a show condition every tenth keystroke), like a user. */
function measure(
  bundle: SiteBundle,
  formId: string,
  data: Record<string, unknown>,
  rounds: number,
): Measured {
  const base: Omit<FormInput, 'data'> = { bundle, formId, locale: 'en', today: '2025-03-01' };
  let start = performance.now();
  let current = effectiveForm({ ...base, data });
  const first = performance.now() - start;
  const keystrokes: number[] = [];
  const submits: number[] = [];
  for (let i = 0; i < rounds + 50; i++) {
    const next: Record<string, unknown> = {
      ...current.data,
      f1: `${String(current.data.f1 ?? '')}x`.slice(-150),
    };
    if (i % 10 === 0) next.f2 = next.f2 === 'a' ? 'b' : 'a';
    start = performance.now();
    current = effectiveForm({ ...base, data: next });
    const took = performance.now() - start;
    start = performance.now();
    validateSubmission({ ...base, data: next });
    const submitTook = performance.now() - start;
    if (i >= 50) {
      keystrokes.push(took);
      submits.push(submitTook);
    }
  }
  const counts = `${current.hidden.length} hidden, ${current.required.length} required, ${current.errors.length} errors, ${current.warnings.length} warnings`;
  return { first, keystroke: stats(keystrokes), submit: stats(submits), counts };
}

const ms = (n: number) => `${n.toFixed(n < 1 ? 3 : 2)} ms`;

export async function run(log: (line: string) => void): Promise<string> {
  const large = generatedForm('large', 150, true);
  const small = generatedForm('small', 5, false);
  const bundle = bundleWith([large.form, small.form]);
  const rounds = 500;
  const s = measure(bundle, 'small', small.data, rounds);
  const l = measure(bundle, 'large', large.data, rounds);
  log(
    `small: first ${ms(s.first)}, keystroke median ${ms(s.keystroke.median)} p95 ${ms(s.keystroke.p95)} (${s.counts})`,
  );
  log(
    `large: first ${ms(l.first)}, keystroke median ${ms(l.keystroke.median)} p95 ${ms(l.keystroke.p95)} (${l.counts})`,
  );
  const row = (what: string, small: number, large: number) =>
    `| ${what} | ${ms(small)} | ${ms(large)} | ${(large / small).toFixed(1)}× |`;
  return [
    `Method: one process; a generated form of 300 fields (text, options, integers, numbers, dates, booleans, a repeat group of 5 items) with 151 rules (45 show, 15 require, 16 calculate — chained — 15 error, 15 warning, 15 filter_options, 15 readonly, 1 per-item show) against a 10-field form with 5 rules (the baseline). A keystroke appends a character to a text field (every tenth also flips a \`show\` condition) and calls \`effectiveForm\` on the previous result's data (rules, effective schema, full validation); \`validateSubmission\` runs on the same data. ${rounds} keystrokes after 50 warm-up ones; the first call includes compiling the rules and the ajv validator.`,
    '',
    '| what | 10 fields, 5 rules | 300 fields, 151 rules | ratio |',
    '|---|---:|---:|---:|',
    row('first call (compile rules + ajv; the small form also warms up ajv)', s.first, l.first),
    row('`effectiveForm` per keystroke, median', s.keystroke.median, l.keystroke.median),
    row('`effectiveForm` per keystroke, p95', s.keystroke.p95, l.keystroke.p95),
    row('`validateSubmission`, median', s.submit.median, l.submit.median),
    row('`validateSubmission`, p95', s.submit.p95, l.submit.p95),
    '',
    `On the last keystroke the large form had ${l.counts}. Target: well under 16 ms per keystroke for the large form — measured p95 ${ms(l.keystroke.p95)}.`,
  ].join('\n');
}
