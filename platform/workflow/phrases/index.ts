import { en } from './en.js';
import { fr } from './fr.js';
import type { PhraseBook } from './phrase-book.js';
import { ru } from './ru.js';
import { srCyrl } from './sr-cyrl.js';
import { srLatn } from './sr-latn.js';
import { uz } from './uz.js';

export type { PhraseBook, PhraseKey } from './phrase-book.js';

const BOOKS: Readonly<Record<string, PhraseBook>> = { en, fr, uz, ru, 'sr-Cyrl': srCyrl, 'sr-Latn': srLatn };

/** Locales the engine's phrases exist in. */
export const PHRASE_LOCALES = Object.keys(BOOKS);

/** The phrase book of `locale`: exact tag, then its language (`sr` reads as Latin), then English. */
export function phraseBook(locale: string): PhraseBook {
  const language = locale.split('-')[0] ?? locale;
  return BOOKS[locale] ?? BOOKS[language] ?? (language === 'sr' ? srLatn : en);
}
