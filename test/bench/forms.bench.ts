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
import { largeForm, smallForm } from './support/generated-forms.js';

export const title = 'Forms: effective form per keystroke and submission validation';

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
  const large = largeForm();
  const small = smallForm();
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
