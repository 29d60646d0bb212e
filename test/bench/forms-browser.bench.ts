/**
 * The caseworker UI on a large form, in a real Chromium: time from a key press in a text field to
 * the moment the page shows what the forms engine computed from it, for the generated 300-field
 * form with 151 rules against the 10-field form with 5 rules (`support/generated-forms.ts`, the
 * forms of the in-process bench), in the same run; and the time to first render of each form page.
 * Each form carries one more text field (`probe`) and a field calculated from it (`echo`), so
 * every keystroke has a visible dependent update to wait for.
 *
 * Set-up: a throwaway site extending `cm-template` with the two forms, checked by the loader and
 * served by the real platform (`support/site-platform.ts`: PGlite in a temporary folder, a fresh
 * production build of the UI); a client registered and a case opened through the HTTP API, each
 * form's generated answers saved as a draft so the page opens with them (their show rules
 * revealing the fields they show); Debian's Chromium driven by playwright-core.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ApiSession } from '../e2e/support/api-session.js';
import { LAPTOP, launchBrowser } from '../e2e/support/browser.js';
import { DEMO_PASSWORD } from '../e2e/support/platform.js';
import { type GeneratedForm, largeForm, smallForm, t } from './support/generated-forms.js';
import { startSitePlatform, writeSiteFolder } from './support/site-platform.js';

export const title = 'Forms in Chromium: keystroke to update in the caseworker UI';

const SITE = 'bench-forms';
const WARMUP = 20;
const KEYSTROKES = 200;
const LOADS = 5;
const TRACED = 50;
const ROOT = resolve(import.meta.dirname, '..', '..');

/** The site: one agency, one caseworker role that may write every form (as `definitions/docs/new-site.md`). */
const SITE_FILE = {
  kind: 'site',
  id: SITE,
  extends: 'cm-template',
  name: { en: 'Bench forms' },
  locales: ['en'],
  defaultLocale: 'en',
  timeZone: 'Europe/London',
  partners: [{ id: 'office', name: { en: 'Social services office' }, type: 'social_services', hub: true }],
  roles: [
    {
      id: 'caseworker',
      name: { en: 'Caseworker' },
      scope: 'own',
      permissions: [
        'person.register',
        'person.read',
        'case.open',
        'case.read',
        'case.advance',
        'task.complete',
      ],
      formAccess: { default: 'write' },
    },
  ],
  registration: {
    form: { form: 'registration' },
    nameFields: ['givenName', 'familyName'],
    birthDateField: 'birthDate',
    sexField: 'sex',
  },
};

const REGISTRATION = {
  kind: 'form',
  id: 'registration',
  title: { en: 'Registration' },
  purpose: 'registration',
  subject: 'person',
  fields: {
    type: 'object',
    properties: {
      givenName: { type: 'string', title: { en: 'Given name' }, minLength: 1 },
      familyName: { type: 'string', title: { en: 'Family name' }, minLength: 1 },
      birthDate: { type: 'string', format: 'date', title: { en: 'Date of birth' } },
      sex: { type: 'string', title: { en: 'Sex' }, options: { lookup: 'sex' } },
    },
    required: ['givenName', 'familyName', 'birthDate'],
  },
};

/** The generated form with the probe: a text field first, then a field calculated from it (rule last). */
function withProbe({ form, data }: GeneratedForm): GeneratedForm {
  const f = form as { fields: { properties: Record<string, object> }; rules: object[] };
  return {
    form: {
      ...f,
      fields: {
        ...f.fields,
        properties: {
          probe: { type: 'string', title: t('Type here') },
          echo: { type: 'string', title: t('What was typed') },
          ...f.fields.properties,
        },
      },
      rules: [...f.rules, { effect: 'calculate', field: 'echo', value: { cat: [{ var: 'probe' }] } }],
    },
    data,
  };
}

/**
 * In the page, before its own scripts: when the form's first field appears (and the frame after),
 * and, once armed with the text expected, when the calculated field shows it after a key press.
 * The key press time is the keydown event's `timeStamp` (when the browser received the input, on
 * the `performance.now()` clock); the update is seen by a MutationObserver on the calculated
 * field's `value` attribute (React keeps it in step with the property), with a poll each
 * animation frame as a fallback.
 */
const IN_PAGE = `(() => {
  const b = { renderedAt: null, framedAt: null, pending: null, polled: 0 };
  window.__bench = b;
  const rendered = new MutationObserver(() => {
    if (b.renderedAt !== null || !document.getElementById('root.probe')) return;
    b.renderedAt = performance.now();
    rendered.disconnect();
    requestAnimationFrame(() => { b.framedAt = performance.now(); });
  });
  rendered.observe(document, { childList: true, subtree: true });
  document.addEventListener('keydown', (e) => {
    const p = b.pending;
    if (p && p.keyAt === null) p.keyAt = e.timeStamp;
  }, true);
  b.arm = (expected) => {
    const p = { keyAt: null, updatedAt: null };
    b.pending = p;
    p.done = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no update within 10 s for ' + expected)), 10000);
      const check = (polled) => {
        if (p.updatedAt !== null || p.keyAt === null) return;
        const echo = document.getElementById('root.echo');
        if (!echo || echo.value !== expected) return;
        p.updatedAt = performance.now();
        if (polled) b.polled++;
        clearTimeout(timer);
        watch.disconnect();
        requestAnimationFrame(() => resolve({ key: p.keyAt, update: p.updatedAt, frame: performance.now() }));
      };
      const watch = new MutationObserver(() => check(false));
      watch.observe(document.getElementById('root.echo'), { attributes: true, attributeFilter: ['value'] });
      const poll = () => { check(true); if (p.updatedAt === null) requestAnimationFrame(poll); };
      requestAnimationFrame(poll);
    });
  };
})();`;

type Stats = { p50: number; p95: number; max: number };

function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0 };
}

const median = (samples: readonly number[]): number => stats(samples).p50;

type FormResult = {
  readonly fields: number;
  readonly rendered: number;
  readonly framed: number;
  readonly update: Stats;
  readonly frame: Stats;
  readonly controls: number;
  readonly polled: number;
  readonly split: Split;
};

/** Opens the form page `LOADS + 1` times (the first, cold, not counted): navigation start → form in the DOM, → next frame. */
async function firstRender(
  page: Page,
  url: string,
): Promise<{ rendered: number; framed: number; controls: number }> {
  const rendered: number[] = [];
  const framed: number[] = [];
  for (let i = 0; i <= LOADS; i++) {
    await page.goto(url);
    await page.waitForFunction('window.__bench?.framedAt != null', undefined, { timeout: 60_000 });
    const at = (await page.evaluate('[window.__bench.renderedAt, window.__bench.framedAt]')) as [
      number,
      number,
    ];
    if (i > 0) {
      rendered.push(at[0]);
      framed.push(at[1]);
    }
  }
  const controls = (await page.evaluate(
    "document.querySelectorAll('.engine-form input, .engine-form select, .engine-form textarea').length",
  )) as number;
  return { rendered: median(rendered), framed: median(framed), controls };
}

/** Keystroke timings: key press → calculated field updated, and → the next animation frame after it. */
type Typed = { readonly update: number[]; readonly frame: number[] };

/**
 * Types letters into the probe (cleared first), one at a time, each awaited until the echo shows
 * the whole text typed so far; `type(n)` types `n` more.
 */
async function typist(page: Page): Promise<(count: number) => Promise<Typed>> {
  const probe = page.locator('[id="root.probe"]');
  await probe.click();
  await probe.fill('');
  let typed = '';
  return async (count) => {
    const update: number[] = [];
    const frame: number[] = [];
    for (let i = 0; i < count; i++) {
      const key = String.fromCharCode(97 + (typed.length % 26));
      typed += key;
      await page.evaluate(`window.__bench.arm(${JSON.stringify(typed)})`);
      await page.keyboard.press(key);
      const r = (await page.evaluate('window.__bench.pending.done')) as {
        key: number;
        update: number;
        frame: number;
      };
      update.push(r.update - r.key);
      frame.push(r.frame - r.key);
    }
    return { update, frame };
  };
}

type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { type?: string } };
};

/** Main-thread work of the page's renderer per keystroke, from a Chromium trace, in ms. */
type Split = { readonly script: number; readonly rendering: number };

const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);

/**
 * `TRACED` more keystrokes with the Chromium trace on (`devtools.timeline`; not in the timings
 * above): the script run by the key's events (keydown, keypress, beforeinput, input, keyup — React
 * renders in the `input` handler) and the style, layout, paint and commit work on the page's main
 * thread, per keystroke.
 */
async function tracedSplit(page: Page, type: (count: number) => Promise<Typed>): Promise<Split> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await type(TRACED);
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const keyTypes = new Set(['keydown', 'keypress', 'beforeinput', 'input', 'keyup']);
  const isKey = (e: TraceEvent) => e.name === 'EventDispatch' && keyTypes.has(e.args?.data?.type ?? '');
  const main = events.find((e) => e.ph === 'X' && isKey(e));
  if (main === undefined) throw new Error('no key events in the trace');
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  // Events nest (`input` is dispatched inside `keypress`, a forced layout inside a script): each
  // slice of time is counted once, in the outermost event of either kind.
  let script = 0;
  let rendering = 0;
  let end = 0;
  for (const e of onMain) {
    const kind = isKey(e) ? 'script' : RENDERING.has(e.name) ? 'rendering' : undefined;
    if (kind === undefined || e.ts < end) continue;
    end = e.ts + (e.dur ?? 0);
    if (kind === 'script') script += e.dur ?? 0;
    else rendering += e.dur ?? 0;
  }
  return { script: script / 1000 / TRACED, rendering: rendering / 1000 / TRACED };
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;

export async function run(log: (line: string) => void): Promise<string> {
  const loadAtStart = loadavg()[0] ?? 0;
  const work = mkdtempSync(join(tmpdir(), 'pathway-bench-site-'));
  const forms = { small: withProbe(smallForm()), large: withProbe(largeForm()) };
  const folder = writeSiteFolder(work, SITE, [SITE_FILE, REGISTRATION, forms.small.form, forms.large.form]);
  const platform = await startSitePlatform(folder);
  log(`site checked in ${ms(platform.checkMs)}; platform at ${platform.url}`);
  const browser = await launchBrowser(LAPTOP);
  try {
    const worker = platform.users.find((u) => u.roleId === 'caseworker');
    if (worker === undefined) throw new Error('no caseworker demo user');
    const api = await ApiSession.signIn(platform.url, worker.username);
    const { person } = await api.call<{ person: { id: string } }>('POST', `/api/sites/${SITE}/persons`, {
      data: { givenName: 'Ada', familyName: 'Bench', birthDate: '1990-12-10', sex: 'female' },
    });
    const opened = await api.call<{ case: { case: { id: string } } }>('POST', `/api/sites/${SITE}/cases`, {
      personId: person.id,
    });
    const caseId = opened.case.case.id;
    for (const [id, f] of Object.entries(forms))
      await api.call('PUT', `/api/sites/${SITE}/cases/${caseId}/drafts/${id}`, { data: f.data });

    const { context, page } = browser;
    await context.addInitScript(IN_PAGE);
    await page.goto(`${platform.url}/`);
    await page.locator('#username').fill(worker.username);
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.locator('button[type=submit]').click();
    await page.locator('nav.site-nav').waitFor();
    const chromium = context.browser()?.version() ?? 'unknown';

    const results: Record<string, FormResult> = {};
    for (const id of ['small', 'large'] as const) {
      const definition = platform.bundle.forms[id];
      const fields = Object.keys(
        (definition?.fields as { properties?: Record<string, unknown> } | undefined)?.properties ?? {},
      ).length;
      const load = await firstRender(page, `${platform.url}/sites/${SITE}/cases/${caseId}/forms/${id}`);
      log(`${id}: ${fields} fields, ${load.controls} controls rendered, first render ${ms(load.rendered)}`);
      const type = await typist(page);
      await type(WARMUP);
      const typed = await type(KEYSTROKES);
      const polled = (await page.evaluate('window.__bench.polled')) as number;
      const split = await tracedSplit(page, type);
      const result = {
        fields,
        ...load,
        update: stats(typed.update),
        frame: stats(typed.frame),
        polled,
        split,
      };
      log(
        `${id}: keystroke → update p50 ${ms(result.update.p50)} p95 ${ms(result.update.p95)} max ${ms(result.update.max)}`,
      );
      results[id] = result;
    }
    const s = results.small as FormResult;
    const l = results.large as FormResult;
    return report(s, l, {
      chromium,
      polled: s.polled + l.polled,
      rules: ruleCounts(forms),
      load: [loadAtStart, loadavg()[0] ?? 0],
    });
  } finally {
    await browser.close();
    await platform.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

function ruleCounts(forms: Record<string, GeneratedForm>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(forms).map(([id, f]) => [id, (f.form as { rules: unknown[] }).rules.length]),
  );
}

function report(
  s: FormResult,
  l: FormResult,
  run: { chromium: string; polled: number; rules: Record<string, number>; load: [number, number] },
): string {
  const react = (
    JSON.parse(readFileSync(join(ROOT, 'node_modules', 'react', 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const cpu = cpus();
  const row = (what: string, small: number, large: number) =>
    `| ${what} | ${ms(small)} | ${ms(large)} | ${(large / small).toFixed(1)}× |`;
  const against = (n: number) =>
    n <= 16
      ? 'within one 16 ms frame'
      : n <= 100
        ? 'over one 16 ms frame, under the ~100 ms within which a response still feels instant'
        : 'over the ~100 ms within which a response still feels instant: typing lags visibly';
  return [
    `Method: the caseworker UI (React ${react}, production build by Vite, served by the platform on PGlite) in headless Debian Chromium ${run.chromium} driven by playwright-core, viewport ${LAPTOP.width}×${LAPTOP.height}, on a ${cpu.length}-core machine shared with other work (${cpu[0]?.model.trim() ?? 'unknown CPU'}; load average ${run.load[0].toFixed(1)} at the start of the run, ${run.load[1].toFixed(1)} at the end). A throwaway site extending \`cm-template\` holds the two generated forms of the in-process bench — 300 fields with 151 rules, and 10 fields with 5 rules — each with one more text field \`probe\` and a field \`echo\` calculated from it by one more rule (\`cat\`), so ${l.fields} fields/${run.rules.large} rules and ${s.fields} fields/${run.rules.small} rules as served. A client is registered and a case opened through the HTTP API, and each form's generated answers saved as a draft, so each page opens with its show rules revealing their fields (${s.controls} and ${l.controls} form controls rendered).`,
    '',
    `First render: navigation start (a full page load of \`/sites/<site>/cases/<case>/forms/<form>\`: HTML, scripts, session, site definitions, case and draft fetched, the engine run, rjsf rendered) to the form's first field in the DOM (rjsf commits the whole form at once), and to the next animation frame; median of ${LOADS} loads after one cold load. Keystroke: ${KEYSTROKES} real key presses (\`page.keyboard.press\`, letters a–z in turn, each a keydown/keypress/input/keyup from the browser's input pipeline) into \`probe\`, after ${WARMUP} warm-up ones; each is timed in the page from the keydown event's \`timeStamp\` to the moment \`echo\` shows the whole text typed so far (a MutationObserver on its \`value\` attribute, a poll each animation frame as a fallback — used ${run.polled} times), and to the next animation frame after that; the next key is pressed only once the update is seen. The update includes everything the UI does per change: \`effectiveForm\` on the whole form, rjsf re-rendering, React committing to the DOM.`,
    '',
    '| what | 10 fields, 5 rules | 300 fields, 151 rules | ratio |',
    '|---|---:|---:|---:|',
    row(`first render: navigation → form in the DOM (median of ${LOADS})`, s.rendered, l.rendered),
    row('first render: navigation → next frame', s.framed, l.framed),
    row('keystroke → calculated field updated, p50', s.update.p50, l.update.p50),
    row('keystroke → calculated field updated, p95', s.update.p95, l.update.p95),
    row('keystroke → calculated field updated, max', s.update.max, l.update.max),
    row('keystroke → next frame after the update, p50', s.frame.p50, l.frame.p50),
    row('keystroke → next frame after the update, p95', s.frame.p95, l.frame.p95),
    row(
      `per keystroke, script run by its key events (traced, mean of ${TRACED})`,
      s.split.script,
      l.split.script,
    ),
    row(
      `per keystroke, style + layout + paint + commit (traced, mean of ${TRACED})`,
      s.split.rendering,
      l.split.rendering,
    ),
    '',
    `Verdict against "stays responsive" on the large form: a typical keystroke (p50, ${ms(l.update.p50)}) is ${against(l.update.p50)}; at p95 (${ms(l.update.p95)}) it is ${against(l.update.p95)}; the slowest of ${KEYSTROKES} took ${ms(l.update.max)}. The small form: p95 ${ms(s.update.p95)}. "Next frame" adds the wait for the browser's next animation frame (up to one 16.7 ms frame at 60 Hz), the earliest the change can be painted. The tail (p95, max) varies from run to run on this shared machine; read the p50 and the ratios first.`,
    '',
    `Where the time goes: the traced rows split the main thread's work per keystroke (${TRACED} further keystrokes with Chromium's \`devtools.timeline\` trace on, not counted in the timings above). Inside the script, a one-off CPU profile of a non-minified build of the large form (not re-run by this bench) put about a tenth in the forms engine (\`effectiveForm\`, as in the in-process bench), about a third in rjsf recomputing its form state on each change (defaults and schema resolution over the whole form, once for its own change and again when the engine's data comes back as props), and the rest in React re-rendering and committing every field — the cost follows the number of fields rendered more than the rules.`,
  ].join('\n');
}
