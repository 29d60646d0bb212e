/**
 * Short case-note sentences per locale, for free-text fields no scenario gives an example of.
 */
// biome-ignore format: sentences read best one per line.
const TEXTS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'Discussed the next steps with the client.',
    'Client attended with a family member.',
    'Documents checked and copied to the file.',
    'Agreed to meet again next month.',
    'No change since the last contact.',
  ],
  fr: [
    'Prochaines étapes discutées avec la famille.',
    "L'enfant était présent avec sa mère.",
    'Documents vérifiés et classés au dossier.',
    'Nouveau rendez-vous fixé le mois prochain.',
    'Pas de changement depuis le dernier contact.',
  ],
  uz: [
    'Keyingi qadamlar mijoz bilan muhokama qilindi.',
    "Mijoz oila a'zosi bilan keldi.",
    'Hujjatlar tekshirildi va ishga tikildi.',
    'Keyingi oy yana uchrashishga kelishildi.',
    "Oxirgi aloqadan beri o'zgarish yo'q.",
  ],
  ru: [
    'Обсудили с клиентом следующие шаги.',
    'Клиент пришёл с членом семьи.',
    'Документы проверены и подшиты в дело.',
    'Договорились встретиться в следующем месяце.',
    'Без изменений с последнего контакта.',
  ],
  'sr-Cyrl': [
    'Договорени следећи кораци са младом особом.',
    'Млада особа је дошла са чланом породице.',
    'Документа су проверена и приложена у списе.',
    'Договорен је нови састанак за месец дана.',
    'Нема промена од последњег контакта.',
  ],
  'sr-Latn': [
    'Dogovoreni sledeći koraci sa mladom osobom.',
    'Mlada osoba je došla sa članom porodice.',
    'Dokumenta su proverena i priložena u spise.',
    'Dogovoren je novi sastanak za mesec dana.',
    'Nema promena od poslednjeg kontakta.',
  ],
};

/** Sentences for a locale (its language, else English). */
export function genericTexts(locale: string): readonly string[] {
  return TEXTS[locale] ?? TEXTS[locale.split('-')[0] ?? ''] ?? TEXTS.en ?? [];
}
