/**
 * The sentences of the client's disclosure report. `{date}`, `{recipient}`, `{user}`, `{fields}`,
 * `{consentDate}` and `{purpose}` are filled in. Outside English the field list follows a colon,
 * so labels stay in their dictionary form whatever the grammar of the sentence.
 */
export type DisclosurePhrases = {
  readonly referral: string;
  readonly access: string;
  readonly consentOf: string;
  readonly consentFor: string;
  readonly emergency: string;
  readonly name: string;
  readonly someone: string;
};

/** The phrases per locale; every locale a site may use client-facing texts in. */
export const DISCLOSURE_PHRASES: Readonly<Record<string, DisclosurePhrases>> = {
  en: {
    referral: 'On {date} {recipient} received your {fields}',
    access: 'On {date} {user} at {recipient} saw your {fields}',
    consentOf: ', under your consent of {consentDate} for “{purpose}”.',
    consentFor: ', under your consent for “{purpose}”.',
    emergency: ' in an emergency, without your consent.',
    name: 'name',
    someone: 'a staff member',
  },
  fr: {
    referral: 'Le {date}, {recipient} a reçu vos données : {fields}',
    access: 'Le {date}, {user} ({recipient}) a consulté vos données : {fields}',
    consentOf: ', en vertu de votre consentement du {consentDate} pour « {purpose} ».',
    consentFor: ', en vertu de votre consentement pour « {purpose} ».',
    emergency: ', en urgence, sans votre consentement.',
    name: 'nom',
    someone: 'un membre du personnel',
  },
  uz: {
    referral: "{date} — ma'lumotlaringiz yuborildi, qabul qiluvchi: {recipient}: {fields}",
    access: "{date} — {user} ({recipient}) ma'lumotlaringizni ko'rdi: {fields}",
    consentOf: '. Asos: {consentDate} dagi roziligingiz, maqsad: «{purpose}».',
    consentFor: '. Asos: roziligingiz, maqsad: «{purpose}».',
    emergency: '. Favqulodda holatda, roziligingizsiz.',
    name: 'ism-familiya',
    someone: 'xodim',
  },
  ru: {
    referral: '{date} — ваши данные переданы получателю «{recipient}»: {fields}',
    access: '{date} — ваши данные просмотрены ({user}, {recipient}): {fields}',
    consentOf: '. Основание: ваше согласие от {consentDate} на «{purpose}».',
    consentFor: '. Основание: ваше согласие на «{purpose}».',
    emergency: '. Экстренный доступ без вашего согласия.',
    name: 'имя',
    someone: 'сотрудник',
  },
  'sr-Cyrl': {
    referral: '{date} — ваши подаци су достављени примаоцу „{recipient}”: {fields}',
    access: '{date} — увид у ваше податке ({user}, {recipient}): {fields}',
    consentOf: '. Основ: ваш пристанак од {consentDate} за „{purpose}”.',
    consentFor: '. Основ: ваш пристанак за „{purpose}”.',
    emergency: '. Хитан приступ без вашег пристанка.',
    name: 'име и презиме',
    someone: 'запослени',
  },
  'sr-Latn': {
    referral: '{date} — vaši podaci su dostavljeni primaocu „{recipient}”: {fields}',
    access: '{date} — uvid u vaše podatke ({user}, {recipient}): {fields}',
    consentOf: '. Osnov: vaš pristanak od {consentDate} za „{purpose}”.',
    consentFor: '. Osnov: vaš pristanak za „{purpose}”.',
    emergency: '. Hitan pristup bez vašeg pristanka.',
    name: 'ime i prezime',
    someone: 'zaposleni',
  },
};

/** The phrases for `locale`: exact, then by language (`sr` → Cyrillic), else English. */
export function disclosurePhrases(locale: string): DisclosurePhrases {
  const language = locale.split('-')[0] ?? locale;
  return (
    DISCLOSURE_PHRASES[locale] ??
    DISCLOSURE_PHRASES[language === 'sr' ? 'sr-Cyrl' : language] ??
    (DISCLOSURE_PHRASES.en as DisclosurePhrases)
  );
}
