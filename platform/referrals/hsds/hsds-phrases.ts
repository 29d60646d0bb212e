import { normalizeName } from '../../kernel/normalize-name.js';

/** Pathway's accessibility features of a place (`service` locations). */
export type AccessibilityCode =
  | 'step_free'
  | 'accessible_toilet'
  | 'sign_language'
  | 'hearing_loop'
  | 'braille'
  | 'easy_read';

// biome-ignore format: a phrase table reads best one line per language.
/** HSDS `accessibility.description` of each feature, in the languages of the example sites. */
export const ACCESSIBILITY_PHRASES: Readonly<Record<AccessibilityCode, Readonly<Record<string, string>>>> = {
  step_free: {
    en: 'Step-free access', fr: 'Accès de plain-pied', ru: 'Доступ без ступенек', uz: 'Zinasiz kirish',
    'sr-Cyrl': 'Приступ без степеника', 'sr-Latn': 'Pristup bez stepenika',
  },
  accessible_toilet: {
    en: 'Accessible toilet', fr: 'Toilettes accessibles', ru: 'Доступный туалет', uz: 'Moslashtirilgan hojatxona',
    'sr-Cyrl': 'Приступачан тоалет', 'sr-Latn': 'Pristupačan toalet',
  },
  sign_language: {
    en: 'Sign language interpreting', fr: 'Interprétation en langue des signes', ru: 'Перевод на жестовый язык',
    uz: 'Imo-ishora tiliga tarjima', 'sr-Cyrl': 'Превођење на знаковни језик', 'sr-Latn': 'Prevođenje na znakovni jezik',
  },
  hearing_loop: {
    en: 'Hearing loop', fr: 'Boucle magnétique', ru: 'Индукционная петля', uz: 'Induksion halqa',
    'sr-Cyrl': 'Индукциона петља', 'sr-Latn': 'Indukciona petlja',
  },
  braille: {
    en: 'Braille', fr: 'Braille', ru: 'Шрифт Брайля', uz: 'Brayl yozuvi', 'sr-Cyrl': 'Брајево писмо',
    'sr-Latn': 'Brajevo pismo',
  },
  easy_read: {
    en: 'Easy-read information', fr: 'Informations en FALC', ru: 'Информация в лёгком чтении',
    uz: 'Oson o‘qiladigan ma’lumot', 'sr-Cyrl': 'Информације лаке за читање', 'sr-Latn': 'Informacije lake za čitanje',
  },
};

/** Words in free-text HSDS accessibility descriptions that say one of Pathway's features. */
const KEYWORDS: readonly [AccessibilityCode, readonly string[]][] = [
  [
    'step_free',
    ['wheelchair', 'step free', 'ramp', 'level access', 'plain pied', 'fauteuil roulant', 'pandus'],
  ],
  ['accessible_toilet', ['accessible toilet', 'toilettes adaptees', 'toilettes accessibles']],
  ['sign_language', ['sign language', 'langue des signes', 'lsq', 'lsf', 'jestov']],
  ['hearing_loop', ['hearing loop', 'induction loop', 'boucle magnetique', 'boucle auditive']],
  ['braille', ['braille', 'brajl', 'brayl']],
  ['easy_read', ['easy read', 'falc', 'plain language']],
];

/** The feature an HSDS accessibility description says, by phrase in any language or keyword. */
export function accessibilityCode(description: string): AccessibilityCode | undefined {
  const folded = normalizeName(description);
  for (const [code, phrases] of Object.entries(ACCESSIBILITY_PHRASES) as [
    AccessibilityCode,
    Record<string, string>,
  ][])
    if (Object.values(phrases).some((p) => normalizeName(p) === folded)) return code;
  return KEYWORDS.find(([, words]) => words.some((w) => ` ${folded} `.includes(` ${normalizeName(w)}`)))?.[0];
}

/** A category id as words for a taxonomy term: `active_labour_market` → `Active labour market`. */
export function categoryName(code: string): string {
  const words = code.replace(/[_-]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
