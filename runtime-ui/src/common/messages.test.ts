import { describe, expect, it } from 'vitest';
import type { MessageTable } from './message-table.js';
import { UI_LOCALES } from './ui-locales.js';

// Every message table of the UI (`*-messages.ts`).
const modules = import.meta.glob<Record<string, MessageTable>>('../**/*-messages.ts', { eager: true });
const tables = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports).map(([name, table]) => ({ file, name, table })),
);

// Words that are the same in these languages (names, symbols, loanwords).
const SAME_EVERYWHERE = new Set([
  'Pathway',
  'version {n}',
  'Filter',
  '{title} {n}',
  'Supervision',
  'Client',
  'Status: {from} → {to}',
  'Notes',
  'Action',
  'Date',
  '#',
]);

describe('UI message tables', () => {
  it('are found', () => expect(tables.length).toBeGreaterThan(10));

  it('say every message in every UI language, with the same placeholders', () => {
    for (const { file, table } of tables)
      for (const [id, texts] of Object.entries(table)) {
        const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        for (const { id: locale } of UI_LOCALES) {
          const text = texts[locale];
          expect(text, `${file} ${id} ${locale}`).toBeTruthy();
          expect(placeholders(text), `${file} ${id} ${locale}`).toEqual(placeholders(texts.en));
        }
      }
  });

  it('are translated, not copied from English', () => {
    const copies: string[] = [];
    for (const { file, table } of tables)
      for (const [id, texts] of Object.entries(table))
        for (const { id: locale } of UI_LOCALES)
          if (
            locale !== 'en' &&
            texts[locale] === texts.en &&
            !SAME_EVERYWHERE.has(texts.en) &&
            /[a-z]{3}/.test(texts.en.replace(/\{\w+\}/g, ''))
          )
            copies.push(`${file} ${id} ${locale}: ${texts.en}`);
    expect(copies).toEqual([]);
  });
});
