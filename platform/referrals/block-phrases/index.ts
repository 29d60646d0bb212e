import type { BlockPhraseBook } from './block-phrase-book.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { ru } from './ru.js';
import { srCyrl } from './sr-cyrl.js';
import { srLatn } from './sr-latn.js';
import { uz } from './uz.js';

export { BLOCK_PHRASE_KEYS, type BlockPhraseBook, type BlockPhraseKey } from './block-phrase-book.js';

const BOOKS: Readonly<Record<string, BlockPhraseBook>> = {
  en,
  fr,
  uz,
  ru,
  'sr-Cyrl': srCyrl,
  'sr-Latn': srLatn,
};

/** Locales the refusal phrases exist in. */
export const BLOCK_PHRASE_LOCALES = Object.keys(BOOKS);

/** The phrase book of `locale`: exact tag, then its language (`sr` reads as Latin), then English. */
export function blockPhraseBook(locale: string): BlockPhraseBook {
  const language = locale.split('-')[0] ?? locale;
  return BOOKS[locale] ?? BOOKS[language] ?? (language === 'sr' ? srLatn : en);
}
