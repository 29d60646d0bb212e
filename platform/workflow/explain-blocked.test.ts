import { describe, expect, it } from 'vitest';
import { block, blockOn } from './block-reason.js';
import { explainBlocked, explainRefusal } from './explain-blocked.js';
import { en } from './phrases/en.js';
import { PHRASE_LOCALES, phraseBook } from './phrases/index.js';
import type { StepResult } from './step.js';
import { type Driver, drive, fixtureBundle, fxWorkflow } from './workflow-test-kit.js';

function planningWithoutPlan(d: Driver = drive()): StepResult {
  d.event({ type: 'submit', form: 'intake-form', data: { consentedOn: '2025-01-06', risk: 'low' } });
  d.event({ type: 'advance', to: 'assessment' });
  d.event({ type: 'submit', form: 'assessment', data: { needs: 'employment' } });
  return d.event({ type: 'advance', to: 'implementation' });
}

const refusal = (result: StepResult) => {
  if (result.ok) throw new Error('expected a refusal');
  return result;
};

describe('explaining a refusal', () => {
  it.each([
    [
      'en',
      'Cannot move to Implementation: form “Action plan” not submitted; approval “Plan approval” by Supervisor pending',
    ],
    [
      'ru',
      'Невозможно перейти к этапу Реализация: форма «План действий» не отправлена; ожидается утверждение «Утверждение плана» (роль: Руководитель)',
    ],
  ])('in %s, with the definitions’ localized names', (locale, sentence) => {
    const result = refusal(planningWithoutPlan());
    expect(explainRefusal(result, { bundle: fxWorkflow(), locale })).toBe(sentence);
  });

  it('in French on the fixture site that merges the template', () => {
    const bundle = fixtureBundle('fx-site');
    const d = drive(bundle, {
      sopId: 'base',
      person: { firstName: 'A', lastName: 'B', birthDate: '1990-01-01' },
    });
    const result = refusal(d.event({ type: 'advance', to: 'assessment' }));
    expect(explainRefusal(result, { bundle, locale: 'fr', sopId: 'base' })).toBe(
      'Impossible de passer à l’étape Évaluation\u00a0: formulaire «\u00a0Dépistage\u00a0» non soumis\u00a0; ' +
        `tâche «\u00a0Dépister le client\u00a0» non terminée\u00a0; la condition de «\u00a0Commencer l'évaluation\u00a0» n’est pas remplie ` +
        '(Groupe d\'invalidité (vide) fait partie de ["I", "II"] — non respectée)',
    );
  });

  it('names a rule by its title and shows what held under a failed “not”', () => {
    const result = refusal(drive().event({ type: 'close', reason: 'not_eligible' }));
    expect(explainBlocked(result.blockedBy, { bundle: fxWorkflow(), locale: 'en' })).toEqual([
      'the condition of “Close: not eligible” is not met (not — failed: rule "Adult client" — held)',
    ]);
  });

  it('shows which checks of a guard failed, with their values', () => {
    const d = drive(undefined, { person: { firstName: 'T', birthDate: '2010-02-01' } });
    d.event({ type: 'submit', form: 'intake-form', data: { consentedOn: '2025-01-06' } });
    const result = refusal(d.event({ type: 'advance', to: 'assessment' }));
    expect(explainBlocked(result.blockedBy, { bundle: fxWorkflow(), locale: 'en' })).toEqual([
      'the condition of “Start assessment” is not met (age 14 ≥ Minimum age 18 — failed)',
    ]);
  });

  it.each([
    [
      block('not_reopenable', { why: 'window_passed', until: '2025-07-06' }),
      'en',
      're-opening was possible until 2025-07-06',
    ],
    [block('not_reopenable', { why: 'no_reopen' }), 'ru', 'процедура не предусматривает повторного открытия'],
    [block('case_not_open', { status: 'passive' }), 'ru', 'статус случая: пассивный'],
    [
      block('role_not_allowed', { actorRole: 'outreach', role: 'supervisor' }),
      'en',
      'Outreach worker may not act for Supervisor',
    ],
    [blockOn('unknown_reason', 'reason', 'moved'), 'ru', '«Переехал» не входит в список причин'],
    [blockOn('task_open', 'task', 'follow-up'), 'en', 'task “Follow-up after closure” not done'],
    [blockOn('form_missing', 'form', 'ghost'), 'en', 'form “ghost” not submitted'],
    [
      blockOn('review_date_out_of_bounds', 'review', 'review', { min: '2025-01-20', max: null }),
      'en',
      'review “Case review” can be moved to a date from 2025-01-20 to …',
    ],
    [block('something_new', { x: 1 }), 'en', 'something_new'],
    [
      block('guard_failed', { task: 'interpreter' }),
      'ru',
      'не выполнено условие задачи «Пригласить переводчика»',
    ],
    [
      blockOn('approval_pending', 'approval', 'plan-approval', { role: 'supervisor' }),
      'sr-Latn',
      'odobrenje „Plan approval“ čeka odluku (uloga: Supervisor)',
    ],
    [
      blockOn('approval_pending', 'approval', 'plan-approval', { role: 'supervisor' }),
      'sr',
      'odobrenje „Plan approval“ čeka odluku (uloga: Supervisor)',
    ],
    [block('no_case'), 'sr-Cyrl', 'случај не постоји'],
    [block('no_case'), 'uz', 'keys mavjud emas'],
    [block('no_case'), 'de', 'there is no case'],
  ])('%j in %s', (reason, locale, text) => {
    expect(explainBlocked([reason], { bundle: fxWorkflow(), locale })).toEqual([text]);
  });
});

describe('the phrase books', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('exist for the six locales sites use', () => {
    expect(PHRASE_LOCALES.sort()).toEqual(['en', 'fr', 'ru', 'sr-Cyrl', 'sr-Latn', 'uz']);
  });

  it.each(PHRASE_LOCALES)('%s has every phrase, with the same placeholders as English', (locale) => {
    const book = phraseBook(locale);
    for (const [key, text] of Object.entries(en.phrases)) {
      const translated = book.phrases[key as keyof typeof en.phrases];
      expect(translated, key).toMatch(/\S/);
      expect(placeholders(translated), key).toEqual(placeholders(text));
    }
  });

  it('Serbian Cyrillic has no Latin letters outside placeholders', () => {
    for (const text of Object.values(phraseBook('sr-Cyrl').phrases))
      expect(text.replace(/\{\w+\}/g, '')).not.toMatch(/[A-Za-z]/);
  });
});
