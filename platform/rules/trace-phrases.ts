/**
 * The words of explanations, per locale. `{0}`, `{1}`… are filled with operand texts. Serbian has
 * both scripts; any other locale falls back to English.
 */
export const TRACE_LOCALES = ['en', 'ru', 'uz', 'sr-Cyrl', 'sr-Latn', 'fr'] as const;
export type TraceLocale = (typeof TRACE_LOCALES)[number];

type Phrases = {
  held: string;
  failed: string;
  notEvaluated: string;
  yes: string;
  no: string;
  empty: string;
  allOf: string;
  anyOf: string;
  not: string;
  choice: string;
  someItem: string;
  everyItem: string;
  noItem: string;
  countItems: string;
  item: string;
  rule: string;
  isOneOf: string;
  isPartOf: string;
  between: string;
  before: string;
  after: string;
  inLookup: string;
  missing: string;
  age: string;
  daysBetween: string;
  workingDaysBetween: string;
  result: string;
};

export const PHRASES: Record<TraceLocale, Phrases> = {
  en: {
    held: 'held',
    failed: 'failed',
    notEvaluated: 'not evaluated',
    yes: 'yes',
    no: 'no',
    empty: '(empty)',
    allOf: 'all of the following',
    anyOf: 'at least one of the following',
    not: 'not',
    choice: 'the first condition that holds decides: {0}',
    someItem: 'at least one item of {0}',
    everyItem: 'every item of {0}',
    noItem: 'no item of {0}',
    countItems: 'number of items of {0}: {1}',
    item: 'item {0}',
    rule: 'rule "{0}"',
    isOneOf: '{0} is one of {1}',
    isPartOf: '{0} is part of {1}',
    between: '{0} is between {1} and {2}',
    before: '{0} is before {1}',
    after: '{0} is after {1}',
    inLookup: '{0} is an option of "{1}"',
    missing: 'missing: {0}',
    age: 'age',
    daysBetween: 'days from {0} to {1}',
    workingDaysBetween: 'working days from {0} to {1}',
    result: 'result: {0}',
  },
  ru: {
    held: 'выполнено',
    failed: 'не выполнено',
    notEvaluated: 'не проверялось',
    yes: 'да',
    no: 'нет',
    empty: '(пусто)',
    allOf: 'все следующие условия',
    anyOf: 'хотя бы одно из следующих условий',
    not: 'не',
    choice: 'решает первое выполненное условие: {0}',
    someItem: 'хотя бы один элемент {0}',
    everyItem: 'каждый элемент {0}',
    noItem: 'ни один элемент {0}',
    countItems: 'число элементов {0}: {1}',
    item: 'элемент {0}',
    rule: 'правило «{0}»',
    isOneOf: '{0} входит в {1}',
    isPartOf: '{0} содержится в {1}',
    between: '{0} от {1} до {2}',
    before: '{0} раньше {1}',
    after: '{0} позже {1}',
    inLookup: '{0} есть в справочнике «{1}»',
    missing: 'не заполнено: {0}',
    age: 'возраст',
    daysBetween: 'дней с {0} по {1}',
    workingDaysBetween: 'рабочих дней с {0} по {1}',
    result: 'результат: {0}',
  },
  uz: {
    held: 'bajarildi',
    failed: 'bajarilmadi',
    notEvaluated: 'tekshirilmadi',
    yes: 'ha',
    no: "yo'q",
    empty: "(bo'sh)",
    allOf: 'quyidagilarning barchasi',
    anyOf: 'quyidagilardan kamida bittasi',
    not: 'emas',
    choice: 'birinchi bajarilgan shart hal qiladi: {0}',
    someItem: '{0} elementlaridan kamida bittasi',
    everyItem: '{0} elementlarining har biri',
    noItem: '{0} elementlaridan hech biri',
    countItems: '{0} elementlari soni: {1}',
    item: '{0}-element',
    rule: '«{0}» qoidasi',
    isOneOf: '{0} {1} ichida',
    isPartOf: '{0} {1} tarkibida',
    between: '{0} {1} va {2} oralig‘ida',
    before: '{0} {1} dan oldin',
    after: '{0} {1} dan keyin',
    inLookup: '{0} «{1}» ma’lumotnomasida bor',
    missing: "to'ldirilmagan: {0}",
    age: 'yosh',
    daysBetween: '{0} dan {1} gacha kunlar',
    workingDaysBetween: '{0} dan {1} gacha ish kunlari',
    result: 'natija: {0}',
  },
  'sr-Cyrl': {
    held: 'испуњено',
    failed: 'није испуњено',
    notEvaluated: 'није проверено',
    yes: 'да',
    no: 'не',
    empty: '(празно)',
    allOf: 'сви следећи услови',
    anyOf: 'бар један од следећих услова',
    not: 'није',
    choice: 'одлучује први испуњен услов: {0}',
    someItem: 'бар једна ставка из {0}',
    everyItem: 'свака ставка из {0}',
    noItem: 'ниједна ставка из {0}',
    countItems: 'број ставки из {0}: {1}',
    item: 'ставка {0}',
    rule: 'правило „{0}”',
    isOneOf: '{0} је једно од {1}',
    isPartOf: '{0} је део {1}',
    between: '{0} је између {1} и {2}',
    before: '{0} је пре {1}',
    after: '{0} је после {1}',
    inLookup: '{0} је у шифарнику „{1}”',
    missing: 'недостаје: {0}',
    age: 'старост',
    daysBetween: 'дана од {0} до {1}',
    workingDaysBetween: 'радних дана од {0} до {1}',
    result: 'резултат: {0}',
  },
  'sr-Latn': {
    held: 'ispunjeno',
    failed: 'nije ispunjeno',
    notEvaluated: 'nije provereno',
    yes: 'da',
    no: 'ne',
    empty: '(prazno)',
    allOf: 'svi sledeći uslovi',
    anyOf: 'bar jedan od sledećih uslova',
    not: 'nije',
    choice: 'odlučuje prvi ispunjen uslov: {0}',
    someItem: 'bar jedna stavka iz {0}',
    everyItem: 'svaka stavka iz {0}',
    noItem: 'nijedna stavka iz {0}',
    countItems: 'broj stavki iz {0}: {1}',
    item: 'stavka {0}',
    rule: 'pravilo „{0}”',
    isOneOf: '{0} je jedno od {1}',
    isPartOf: '{0} je deo {1}',
    between: '{0} je između {1} i {2}',
    before: '{0} je pre {1}',
    after: '{0} je posle {1}',
    inLookup: '{0} je u šifarniku „{1}”',
    missing: 'nedostaje: {0}',
    age: 'starost',
    daysBetween: 'dana od {0} do {1}',
    workingDaysBetween: 'radnih dana od {0} do {1}',
    result: 'rezultat: {0}',
  },
  fr: {
    held: 'respectée',
    failed: 'non respectée',
    notEvaluated: 'non évaluée',
    yes: 'oui',
    no: 'non',
    empty: '(vide)',
    allOf: 'toutes les conditions suivantes',
    anyOf: 'au moins une des conditions suivantes',
    not: 'non',
    choice: 'la première condition remplie décide : {0}',
    someItem: 'au moins un élément de {0}',
    everyItem: 'chaque élément de {0}',
    noItem: 'aucun élément de {0}',
    countItems: "nombre d'éléments de {0} : {1}",
    item: 'élément {0}',
    rule: 'règle « {0} »',
    isOneOf: '{0} fait partie de {1}',
    isPartOf: '{0} est contenu dans {1}',
    between: '{0} est entre {1} et {2}',
    before: '{0} est avant {1}',
    after: '{0} est après {1}',
    inLookup: '{0} est une option de « {1} »',
    missing: 'manquant : {0}',
    age: 'âge',
    daysBetween: 'jours du {0} au {1}',
    workingDaysBetween: 'jours ouvrés du {0} au {1}',
    result: 'résultat : {0}',
  },
};

export type PhraseKey = keyof Phrases;

/** The phrase table for a BCP 47 tag: exact, then Serbian by script (Cyrillic by default), then the language, then English. */
export function phrasesFor(locale: string): Phrases {
  if ((TRACE_LOCALES as readonly string[]).includes(locale)) return PHRASES[locale as TraceLocale];
  const [language] = locale.split('-');
  if (language === 'sr') return locale.includes('Latn') ? PHRASES['sr-Latn'] : PHRASES['sr-Cyrl'];
  return (TRACE_LOCALES as readonly string[]).includes(language ?? '')
    ? PHRASES[language as TraceLocale]
    : PHRASES.en;
}

export function fill(template: string, values: readonly string[]): string {
  return template.replace(/\{(\d)\}/g, (_, i: string) => values[Number(i)] ?? '');
}
